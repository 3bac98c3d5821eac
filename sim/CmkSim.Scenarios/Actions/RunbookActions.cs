using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Rules;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

// The steps of Microsoft's CMK runbook, named as its scripts are (ValidateKeyVaultForCMK, CreateCMKEnterprisePolicy, …)
// so a team rehearses the runbook it will run. Each answers like the admin API: refused at once with its rule, or
// 202 Accepted with an operation that `operation: NAME` binds for the script to poll.

/// <summary>ValidateKeyVaultForCMK: the 13 checks in the script's order; refused at the first that fails, citing its rule.</summary>
public sealed record ValidateKeyVaultForCMK(string Vault, string Policy, string? Operation)
    : ScenarioAction<ValidateKeyVaultForCMK>, IScenarioAction<ValidateKeyVaultForCMK>
{
    public static ActionSpec Spec { get; } = new("validateKeyVaultForCMK", Req("vault", K.Vault), Req("policy", K.Name), Runbook.OperationArgument);

    public static ValidateKeyVaultForCMK From(StepArguments a) => new(a.String("vault"), a.String("policy"), a.OptionalString(Runbook.Operation));

    public override async Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        await Runbook.AcceptedAsync(platform, await platform.ValidateKeyVaultForCmkAsync(actor, Vault, Policy), Operation, []);
}

/// <summary>CreateCMKEnterprisePolicy: a policy described inline, optionally naming a key version (KV-07).</summary>
public sealed record CreateCMKEnterprisePolicy(string PolicyName, string Location, string Vault, string Key, string? KeyVersion, string? Operation)
    : ScenarioAction<CreateCMKEnterprisePolicy>, IScenarioAction<CreateCMKEnterprisePolicy>
{
    public static ActionSpec Spec { get; } = new("createCMKEnterprisePolicy", Req("name", K.Name), ReqEnum("location", PolicyLocations.All),
        Req("vault", K.Vault), Req("key", K.Name), Opt("keyVersion", K.KeyVersion), Runbook.OperationArgument);

    public static CreateCMKEnterprisePolicy From(StepArguments a) => new(a.String("name"), a.String("location"), a.String("vault"), a.String("key"),
        a.OptionalString("keyVersion"), a.OptionalString(Runbook.Operation));

    public override async Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        await Runbook.AcceptedAsync(platform, await platform.CreateEnterprisePolicyAsync(actor, PolicyName, Location, Vault, Key, KeyVersion), Operation, []);
}

/// <summary>UpdateCMKEnterprisePolicy: the path of <see cref="UpdateEnterprisePolicy"/> (EP-06, KV-07).</summary>
public sealed record UpdateCMKEnterprisePolicy(string Policy, string? Location, string? Vault, string? Key, string? KeyVersion, string? Operation)
    : ScenarioAction<UpdateCMKEnterprisePolicy>, IScenarioAction<UpdateCMKEnterprisePolicy>
{
    public static ActionSpec Spec { get; } = new("updateCMKEnterprisePolicy", Req("policy", K.Name), OptEnum("location", PolicyLocations.All),
        Opt("vault", K.Vault), Opt("key", K.Name), Opt("keyVersion", K.KeyVersion), Runbook.OperationArgument);

    public static UpdateCMKEnterprisePolicy From(StepArguments a) => new(a.String("policy"), a.OptionalString("location"), a.OptionalString("vault"),
        a.OptionalString("key"), a.OptionalString("keyVersion"), a.OptionalString(Runbook.Operation));

    public override async Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        await Runbook.AcceptedAsync(platform, await platform.UpdateEnterprisePolicyAsync(actor, Policy, Location, Vault, Key, KeyVersion), Operation, []);
}

/// <summary>RemoveCMKEnterprisePolicy: deletes the policy (refused citing EP-06 while environments are linked).</summary>
public sealed record RemoveCMKEnterprisePolicy(string Policy, string? Operation)
    : ScenarioAction<RemoveCMKEnterprisePolicy>, IScenarioAction<RemoveCMKEnterprisePolicy>
{
    public static ActionSpec Spec { get; } = new("removeCMKEnterprisePolicy", Req("policy", K.Name), Runbook.OperationArgument);

    public static RemoveCMKEnterprisePolicy From(StepArguments a) => new(a.String("policy"), a.OptionalString(Runbook.Operation));

    public override async Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        await Runbook.AcceptedAsync(platform, await platform.DeletePolicyAsync(actor, Policy), Operation, []);
}

/// <summary>AddCustomerManagedKeyToEnvironment: links the environments to the policy (EN-03); the operation runs until each is encrypted.</summary>
public sealed record AddCustomerManagedKeyToEnvironment(string Policy, EnvironmentSelection Environments, string? Operation)
    : ScenarioAction<AddCustomerManagedKeyToEnvironment>, IScenarioAction<AddCustomerManagedKeyToEnvironment>
{
    public static ActionSpec Spec { get; } = new("addCustomerManagedKeyToEnvironment", Req("policy", K.Name), Req("environments", K.Environments), Runbook.OperationArgument);

    public static AddCustomerManagedKeyToEnvironment From(StepArguments a) => new(a.String("policy"), a.Environments("environments"), a.OptionalString(Runbook.Operation));

    public override async Task<Decision> ExecuteAsync(IPlatform platform, string actor) => await Runbook.AcceptedAsync(platform,
        await EachEnvironment.RunAsync(Environments, e => platform.AddToPolicyAsync(actor, e, Policy)), Operation, Environments.Names);
}

/// <summary>RemoveCustomerManagedKeyFromEnvironment: back to the Microsoft-managed key (EN-04); the operation runs until each has reverted.</summary>
public sealed record RemoveCustomerManagedKeyFromEnvironment(string Policy, EnvironmentSelection Environments, string? Operation)
    : ScenarioAction<RemoveCustomerManagedKeyFromEnvironment>, IScenarioAction<RemoveCustomerManagedKeyFromEnvironment>
{
    public static ActionSpec Spec { get; } = new("removeCustomerManagedKeyFromEnvironment", Req("policy", K.Name), Req("environments", K.Environments), Runbook.OperationArgument);

    public static RemoveCustomerManagedKeyFromEnvironment From(StepArguments a) => new(a.String("policy"), a.Environments("environments"), a.OptionalString(Runbook.Operation));

    /// <summary>As <see cref="RemoveEnvironments"/>: an environment leaves whatever policy it is in.</summary>
    public override async Task<Decision> ExecuteAsync(IPlatform platform, string actor) => await Runbook.AcceptedAsync(platform,
        await EachEnvironment.RunAsync(Environments, e => platform.RemoveFromPolicyAsync(actor, e)), Operation, Environments.Names);
}

/// <summary>
/// SwapCustomerManagedKeyForEnvironment: moves the environments to another policy (and so key). As EN-06 says, that is
/// a removal from the old policy, then, once reverted, an add to the new one; the operation spans both.
/// </summary>
public sealed record SwapCustomerManagedKeyForEnvironment(string Policy, EnvironmentSelection Environments, string? Operation)
    : ScenarioAction<SwapCustomerManagedKeyForEnvironment>, IScenarioAction<SwapCustomerManagedKeyForEnvironment>
{
    public static ActionSpec Spec { get; } = new("swapCustomerManagedKeyForEnvironment", Req("policy", K.Name), Req("environments", K.Environments), Runbook.OperationArgument);

    public static SwapCustomerManagedKeyForEnvironment From(StepArguments a) => new(a.String("policy"), a.Environments("environments"), a.OptionalString(Runbook.Operation));

    public override async Task<Decision> ExecuteAsync(IPlatform platform, string actor) => await Runbook.AcceptedAsync(platform,
        await EachEnvironment.RunAsync(Environments, e => platform.SwapCustomerManagedKeyAsync(actor, e, Policy)), Operation, Environments.Names);
}

/// <summary>How a runbook step answers: a refusal as it is; an acceptance as 202 with its operation.</summary>
internal static class Runbook
{
    public const string Operation = "operation";

    /// <summary>The name the script gives the operation the 202 answer carries, so expectations can poll it.</summary>
    public static ArgumentSpec OperationArgument { get; } = Opt(Operation, K.Name);

    public static Task<Decision> AcceptedAsync(IPlatform platform, Decision decision, string? operation, IReadOnlyList<string> environments) =>
        decision.Accepted ? platform.AcceptOperationAsync(operation, environments, decision) : Task.FromResult(decision);
}
