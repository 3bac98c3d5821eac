using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

public sealed record RegisterResourceProvider(string Subscription) : ScenarioAction<RegisterResourceProvider>, IScenarioAction<RegisterResourceProvider>
{
    public static ActionSpec Spec { get; } = new("registerResourceProvider", Req("subscription", K.Subscription));

    public static RegisterResourceProvider From(StepArguments a) => new(a.String("subscription"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.RegisterResourceProviderAsync(actor, Subscription);
}
