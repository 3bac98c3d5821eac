using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

public sealed record EnableManagedEnvironment(EnvironmentSelection Environments)
    : ScenarioAction<EnableManagedEnvironment>, IScenarioAction<EnableManagedEnvironment>
{
    public static ActionSpec Spec { get; } = new("enableManagedEnvironment", Req("environments", K.Environments));

    public static EnableManagedEnvironment From(StepArguments a) => new(a.Environments("environments"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        EachEnvironment.RunAsync(Environments, e => platform.EnableManagedEnvironmentAsync(actor, e), platform, local: true);
}

public sealed record AddEnvironments(string Policy, EnvironmentSelection Environments) : ScenarioAction<AddEnvironments>, IScenarioAction<AddEnvironments>
{
    public static ActionSpec Spec { get; } = new("addEnvironments", Req("policy", K.Name), Req("environments", K.Environments));

    public static AddEnvironments From(StepArguments a) => new(a.String("policy"), a.Environments("environments"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        EachEnvironment.RunAsync(Environments, e => platform.AddToPolicyAsync(actor, e, Policy), platform, local: true);
}

public sealed record RemoveEnvironments(string Policy, EnvironmentSelection Environments) : ScenarioAction<RemoveEnvironments>, IScenarioAction<RemoveEnvironments>
{
    public static ActionSpec Spec { get; } = new("removeEnvironments", Req("policy", K.Name), Req("environments", K.Environments));

    public static RemoveEnvironments From(StepArguments a) => new(a.String("policy"), a.Environments("environments"));

    /// <summary>An environment leaves whatever policy it is in; <see cref="Policy"/> names it for the reader of the scenario.</summary>
    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        EachEnvironment.RunAsync(Environments, e => platform.RemoveFromPolicyAsync(actor, e), platform, local: true);
}

public sealed record ReEnableEnvironment(EnvironmentSelection Environments) : ScenarioAction<ReEnableEnvironment>, IScenarioAction<ReEnableEnvironment>
{
    public static ActionSpec Spec { get; } = new("reEnableEnvironment", Req("environments", K.Environments));

    public static ReEnableEnvironment From(StepArguments a) => new(a.Environments("environments"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        EachEnvironment.RunAsync(Environments, e => platform.ReEnableEnvironmentAsync(actor, e), platform, local: true);
}

/// <summary>Moving BYOK environments to CMK is, on the platform, adding them to the CMK policy.</summary>
public sealed record MigrateByok(EnvironmentSelection Environments, string Policy) : ScenarioAction<MigrateByok>, IScenarioAction<MigrateByok>
{
    public static ActionSpec Spec { get; } = new("migrateByok", Req("environments", K.Environments), Req("policy", K.Name));

    public static MigrateByok From(StepArguments a) => new(a.Environments("environments"), a.String("policy"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        EachEnvironment.RunAsync(Environments, e => platform.AddToPolicyAsync(actor, e, Policy), platform, local: true);
}

public sealed record Reset(EnvironmentSelection Environments) : ScenarioAction<Reset>, IScenarioAction<Reset>
{
    public static ActionSpec Spec { get; } = new("reset", Req("environments", K.Environments));

    public static Reset From(StepArguments a) => new(a.Environments("environments"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => EachEnvironment.RunAsync(Environments, e => platform.ResetAsync(actor, e));
}
