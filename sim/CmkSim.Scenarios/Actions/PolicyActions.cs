using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Rules;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>
/// A policy comes from an ARM template (EP-01) or is described inline; exactly one of the two. Either may name a
/// <c>keyVersion</c> of its key (KV-07), resolved when the step runs, as <see cref="UpdateEnterprisePolicy"/> does.
/// </summary>
public sealed record CreateEnterprisePolicy(string? Template, string? PolicyName, string? Location, string? Vault, string? Key, string? KeyVersion = null)
    : ScenarioAction<CreateEnterprisePolicy>, IScenarioAction<CreateEnterprisePolicy>
{
    public static ActionSpec Spec { get; } = new("createEnterprisePolicy",
        [Opt("template", K.File), Opt("name", K.Name), OptEnum("location", PolicyLocations.All), Opt("vault", K.Vault), Opt("key", K.Name), Opt("keyVersion", K.KeyVersion)],
        [["template"], ["name", "location", "vault", "key"]]);

    public static CreateEnterprisePolicy From(StepArguments a) => new(a.OptionalString("template"), a.OptionalString("name"),
        a.OptionalString("location"), a.OptionalString("vault"), a.OptionalString("key"), a.OptionalString("keyVersion"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => Template is { } template
        ? platform.CreateEnterprisePolicyFromTemplateAsync(actor, template, KeyVersion)
        : platform.CreateEnterprisePolicyAsync(actor, PolicyName!, Location!, Vault!, Key!, KeyVersion);
}

public sealed record GrantPolicyReader(string Policy, string User) : ScenarioAction<GrantPolicyReader>, IScenarioAction<GrantPolicyReader>
{
    public static ActionSpec Spec { get; } = new("grantPolicyReader", Req("policy", K.Name), Req("user", K.User));

    public static GrantPolicyReader From(StepArguments a) => new(a.String("policy"), a.String("user"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.GrantPolicyReaderAsync(actor, Policy, User);
}

public sealed record RemovePolicyReader(string Policy, string User) : ScenarioAction<RemovePolicyReader>, IScenarioAction<RemovePolicyReader>
{
    public static ActionSpec Spec { get; } = new("removePolicyReader", Req("policy", K.Name), Req("user", K.User));

    public static RemovePolicyReader From(StepArguments a) => new(a.String("policy"), a.String("user"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.RemovePolicyReaderAsync(actor, Policy, User);
}

public sealed record DeletePolicy(string Policy) : ScenarioAction<DeletePolicy>, IScenarioAction<DeletePolicy>
{
    public static ActionSpec Spec { get; } = new("deletePolicy", Req("policy", K.Name));

    public static DeletePolicy From(StepArguments a) => new(a.String("policy"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.DeletePolicyAsync(actor, Policy);
}
