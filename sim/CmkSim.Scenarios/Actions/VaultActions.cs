using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Scenarios.Model;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

public sealed record CreateKeyVault(string VaultName, KeyVaultSettings Settings) : ScenarioAction<CreateKeyVault>, IScenarioAction<CreateKeyVault>
{
    private static readonly string[] PermissionModels = ["AzureRbac", "AccessPolicy"];

    public static ActionSpec Spec { get; } = new("createKeyVault",
        Req("name", K.Vault), Req("subscription", K.Subscription), Opt("softDelete", K.Bool), Opt("retentionDays", K.Int),
        Opt("purgeProtection", K.Bool), OptEnum("permissionModel", PermissionModels), Opt("publicNetworkAccess", K.Bool),
        Opt("trustedServicesBypass", K.Bool));

    public static CreateKeyVault From(StepArguments a) => new(a.String("name"), new KeyVaultSettings(
        a.String("subscription"),
        SoftDeleteEnabled: a.OptionalBool("softDelete") ?? true,
        SoftDeleteRetentionDays: a.OptionalInt("retentionDays") ?? Kv01SoftDeleteRetention.DefaultDays,
        PurgeProtectionEnabled: a.OptionalBool("purgeProtection") ?? false,
        PermissionModel: a.OptionalString("permissionModel") == "AccessPolicy" ? VaultPermissionModel.AccessPolicy : VaultPermissionModel.AzureRbac,
        PublicNetworkAccess: a.OptionalBool("publicNetworkAccess") ?? true,
        TrustedServicesBypass: a.OptionalBool("trustedServicesBypass") ?? false,
        ManagedHsm: false));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.CreateKeyVaultAsync(actor, VaultName, Settings);
}

/// <summary>A Managed HSM is a vault whose soft delete can't be turned off; the rest of its settings are a vault's defaults.</summary>
public sealed record CreateManagedHsm(string VaultName, KeyVaultSettings Settings) : ScenarioAction<CreateManagedHsm>, IScenarioAction<CreateManagedHsm>
{
    public static ActionSpec Spec { get; } = new("createManagedHsm", Req("name", K.Vault), Req("subscription", K.Subscription), Opt("purgeProtection", K.Bool));

    public static CreateManagedHsm From(StepArguments a) => new(a.String("name"), new KeyVaultSettings(
        a.String("subscription"),
        SoftDeleteEnabled: true,
        SoftDeleteRetentionDays: Kv01SoftDeleteRetention.DefaultDays,
        PurgeProtectionEnabled: a.OptionalBool("purgeProtection") ?? false,
        PermissionModel: VaultPermissionModel.AzureRbac,
        PublicNetworkAccess: true,
        TrustedServicesBypass: false,
        ManagedHsm: true));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.CreateKeyVaultAsync(actor, VaultName, Settings);
}

public sealed record DeleteKeyVault(string Vault) : ScenarioAction<DeleteKeyVault>, IScenarioAction<DeleteKeyVault>
{
    public static ActionSpec Spec { get; } = new("deleteKeyVault", Req("vault", K.Vault));

    public static DeleteKeyVault From(StepArguments a) => new(a.String("vault"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.DeleteKeyVaultAsync(actor, Vault);
}

public sealed record RecoverKeyVault(string Vault) : ScenarioAction<RecoverKeyVault>, IScenarioAction<RecoverKeyVault>
{
    public static ActionSpec Spec { get; } = new("recoverKeyVault", Req("vault", K.Vault));

    public static RecoverKeyVault From(StepArguments a) => new(a.String("vault"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.RecoverKeyVaultAsync(actor, Vault);
}

public sealed record PurgeKeyVault(string Vault) : ScenarioAction<PurgeKeyVault>, IScenarioAction<PurgeKeyVault>
{
    public static ActionSpec Spec { get; } = new("purgeKeyVault", Req("vault", K.Vault));

    public static PurgeKeyVault From(StepArguments a) => new(a.String("vault"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.PurgeKeyVaultAsync(actor, Vault);
}

public sealed record SetNetwork(string Vault, bool PublicNetworkAccess, bool TrustedServicesBypass) : ScenarioAction<SetNetwork>, IScenarioAction<SetNetwork>
{
    public static ActionSpec Spec { get; } = new("setNetwork", Req("vault", K.Vault), Req("publicNetworkAccess", K.Bool), Opt("trustedServicesBypass", K.Bool));

    public static SetNetwork From(StepArguments a) => new(a.String("vault"), a.Bool("publicNetworkAccess"), a.OptionalBool("trustedServicesBypass") ?? false);

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        platform.SetNetworkAsync(actor, Vault, PublicNetworkAccess, TrustedServicesBypass);
}
