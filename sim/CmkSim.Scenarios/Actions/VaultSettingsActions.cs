using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Scenarios.Model;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>Changes a vault after its creation (what KV-01 asks a real admin to fix); only the arguments given change.</summary>
public sealed record UpdateKeyVault(string Vault, VaultSettingsChange Change) : ScenarioAction<UpdateKeyVault>, IScenarioAction<UpdateKeyVault>
{
    public static ActionSpec Spec { get; } = new("updateKeyVault",
        Req("vault", K.Vault), Opt("softDelete", K.Bool), Opt("retentionDays", K.Int), Opt("purgeProtection", K.Bool),
        OptEnum("permissionModel", Enum.GetNames<VaultPermissionModel>()));

    public static UpdateKeyVault From(StepArguments a) => new(a.String("vault"), new VaultSettingsChange(
        a.OptionalBool("softDelete"), a.OptionalInt("retentionDays"), a.OptionalBool("purgeProtection"),
        a.OptionalString("permissionModel") is { } model ? Enum.Parse<VaultPermissionModel>(model) : null));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.UpdateKeyVaultAsync(actor, Vault, Change);
}
