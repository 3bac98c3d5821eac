using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Rules;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>The Azure roles a step may assign; those that are not Key Vault roles act at subscription scope only.</summary>
internal static class AzureRoles
{
    public static readonly string[] All =
    [
        "KeyVaultAdministrator", "KeyVaultCryptoOfficer", "KeyVaultCryptoServiceEncryptionUser", "Reader",
        "ManagedHsmCryptoUser", "SubscriptionContributor",
    ];

    /// <summary>The vault role to call the vault with, or null when the assignment is at subscription scope (no vault, or not a vault role).</summary>
    public static KeyVaultRole? AtVault(string? vault, string role) =>
        vault is not null && Enum.TryParse<KeyVaultRole>(role, out var vaultRole) ? vaultRole : null;
}

public sealed record AssignRole(string User, string Role, string? Vault) : ScenarioAction<AssignRole>, IScenarioAction<AssignRole>
{
    public static ActionSpec Spec { get; } = new("assignRole", Req("user", K.User), ReqEnum("role", AzureRoles.All), Opt("vault", K.Vault));

    public static AssignRole From(StepArguments a) => new(a.String("user"), a.String("role"), a.OptionalString("vault"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => AzureRoles.AtVault(Vault, Role) is { } role
        ? platform.AssignVaultRoleAsync(actor, Vault!, User, role)
        : Task.FromResult(Decision.Accept($"{Role} assigned to '{User}' at subscription scope"));
}

public sealed record RemoveRole(string User, string Role, string? Vault) : ScenarioAction<RemoveRole>, IScenarioAction<RemoveRole>
{
    public static ActionSpec Spec { get; } = new("removeRole", Req("user", K.User), ReqEnum("role", AzureRoles.All), Opt("vault", K.Vault));

    public static RemoveRole From(StepArguments a) => new(a.String("user"), a.String("role"), a.OptionalString("vault"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => AzureRoles.AtVault(Vault, Role) is { } role
        ? platform.RemoveVaultRoleAsync(actor, Vault!, User, role)
        : Task.FromResult(Decision.Accept($"{Role} removed from '{User}' at subscription scope"));
}

public sealed record GrantKeyAccess(string Vault, string Policy) : ScenarioAction<GrantKeyAccess>, IScenarioAction<GrantKeyAccess>
{
    public static ActionSpec Spec { get; } = new("grantKeyAccess", Req("vault", K.Vault), Req("policy", K.Name));

    public static GrantKeyAccess From(StepArguments a) => new(a.String("vault"), a.String("policy"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.SetPolicyKeyAccessAsync(actor, Vault, Policy, granted: true);
}

public sealed record RevokeKeyAccess(string Vault, string Policy) : ScenarioAction<RevokeKeyAccess>, IScenarioAction<RevokeKeyAccess>
{
    public static ActionSpec Spec { get; } = new("revokeKeyAccess", Req("vault", K.Vault), Req("policy", K.Name));

    public static RevokeKeyAccess From(StepArguments a) => new(a.String("vault"), a.String("policy"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.SetPolicyKeyAccessAsync(actor, Vault, Policy, granted: false);
}

/// <summary>An access policy's key permissions, named as Key Vault names them (compared ignoring case).</summary>
public sealed record SetAccessPolicy(string Vault, string Policy, KeyPermissions Permissions) : ScenarioAction<SetAccessPolicy>, IScenarioAction<SetAccessPolicy>
{
    public static ActionSpec Spec { get; } = new("setAccessPolicy",
        Req("vault", K.Vault), Req("policy", K.Name), new ArgumentSpec("permissions", K.EnumList, true, KeyPermissionNames.All));

    public static SetAccessPolicy From(StepArguments a) => new(a.String("vault"), a.String("policy"),
        a.Strings("permissions").Aggregate(KeyPermissions.None, (all, p) =>
            all | (Enum.TryParse<KeyPermissions>(p, ignoreCase: true, out var one) ? one : KeyPermissions.None)));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.SetAccessPolicyAsync(actor, Vault, Policy, Permissions);
}
