using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Rules;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>
/// Updates an enterprise policy (the update half of EP-06): only the arguments given change. <c>keyVersion</c> makes
/// the policy name one version of its key (KV-07): <c>current</c>, <c>previous</c> or a number, resolved when the
/// step runs.
/// </summary>
public sealed record UpdateEnterprisePolicy(string Policy, string? Location, string? Vault, string? Key, string? KeyVersion)
    : ScenarioAction<UpdateEnterprisePolicy>, IScenarioAction<UpdateEnterprisePolicy>
{
    public static ActionSpec Spec { get; } = new("updateEnterprisePolicy",
        Req("policy", K.Name), OptEnum("location", PolicyLocations.All), Opt("vault", K.Vault), Opt("key", K.Name), Opt("keyVersion", K.KeyVersion));

    public static UpdateEnterprisePolicy From(StepArguments a) => new(a.String("policy"), a.OptionalString("location"), a.OptionalString("vault"),
        a.OptionalString("key"), a.OptionalString("keyVersion"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        platform.UpdateEnterprisePolicyAsync(actor, Policy, Location, Vault, Key, KeyVersion);
}
