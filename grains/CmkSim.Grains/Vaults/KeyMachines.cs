using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults;
using Stateless;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// Every transition of a key and a key version, configured in one place. The state lives in the records (and so in
/// the grain's persistent state); a machine is a view over it, built per call.
/// </summary>
internal static class KeyMachines
{
    public static StateMachine<DeletionState, DeletionTrigger> Lifecycle(KeyRecord key, KeyVaultSettings settings) =>
        Deletion(() => key.State, s => key.State = s, settings);

    /// <summary>The vault's own lifecycle: the same soft-delete rules as its keys.</summary>
    public static StateMachine<DeletionState, DeletionTrigger> Vault(KeyVaultState vault) =>
        Deletion(() => vault.Lifecycle, s => vault.Lifecycle = s, vault.Settings ?? new KeyVaultSettings(""));

    private static StateMachine<DeletionState, DeletionTrigger> Deletion(Func<DeletionState> read, Action<DeletionState> write, KeyVaultSettings settings)
    {
        var machine = new StateMachine<DeletionState, DeletionTrigger>(read, write);
        machine.Configure(DeletionState.Active)
            .PermitIf(DeletionTrigger.Delete, DeletionState.SoftDeleted, () => settings.SoftDeleteEnabled, "soft delete on")
            .PermitIf(DeletionTrigger.Delete, DeletionState.Purged, () => !settings.SoftDeleteEnabled, "soft delete off: deletion is final");
        machine.Configure(DeletionState.SoftDeleted)
            .Permit(DeletionTrigger.Recover, DeletionState.Active)
            .PermitIf(DeletionTrigger.Purge, DeletionState.Purged, () => !settings.PurgeProtectionEnabled, "purge protection off")
            .Permit(DeletionTrigger.RetentionElapsed, DeletionState.Purged);
        return machine;
    }

    public static StateMachine<KeyVersionState, KeyVersionTrigger> Version(KeyVersionRecord version)
    {
        var machine = new StateMachine<KeyVersionState, KeyVersionTrigger>(() => version.State, s => version.State = s);
        machine.Configure(KeyVersionState.Enabled)
            .Permit(KeyVersionTrigger.Disable, KeyVersionState.Disabled)
            .Ignore(KeyVersionTrigger.Enable);
        machine.Configure(KeyVersionState.Disabled)
            .Permit(KeyVersionTrigger.Enable, KeyVersionState.Enabled)
            .Ignore(KeyVersionTrigger.Disable);
        return machine;
    }
}
