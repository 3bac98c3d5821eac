using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Graphs;
using Stateless;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// Every transition of a key and a key version, configured in one place. The state lives in the records (and so in
/// the grain's persistent state); a machine is a view over it, built per call. Each guard names the rule it enforces.
/// </summary>
internal static class KeyMachines
{
    /// <summary>KV-01: with soft delete on, a deleted key (or vault) is kept for its retention and can be recovered.</summary>
    public static readonly RuleGuard SoftDeleteOn = new(RuleId.KV01, "soft delete on");

    /// <summary>KV-01: without soft delete, deletion is final (the vault then can't serve a policy at all).</summary>
    public static readonly RuleGuard SoftDeleteOff = new(RuleId.KV01, "soft delete off: deletion is final");

    /// <summary>SD-02: purge protection is the safeguard that keeps a deleted key until its retention ends.</summary>
    public static readonly RuleGuard PurgeProtectionOff = new(RuleId.SD02, "purge protection off");

    /// <summary>KV-07: a deleted key's versions answer nothing, to enabling and disabling included (404).</summary>
    public static readonly RuleGuard KeyNotDeleted = new(RuleId.KV07, "the key is not deleted");

    public static StateMachine<DeletionState, DeletionTrigger> Lifecycle(KeyRecord key, KeyVaultSettings settings) =>
        Deletion(() => key.State, s => key.State = s, settings);

    /// <summary>The vault's own lifecycle: the same soft-delete rules as its keys.</summary>
    public static StateMachine<DeletionState, DeletionTrigger> Vault(KeyVaultState vault) =>
        Deletion(() => vault.Lifecycle, s => vault.Lifecycle = s, vault.Settings ?? new KeyVaultSettings(""));

    private static StateMachine<DeletionState, DeletionTrigger> Deletion(Func<DeletionState> read, Action<DeletionState> write, KeyVaultSettings settings)
    {
        var machine = new StateMachine<DeletionState, DeletionTrigger>(read, write);
        machine.Configure(DeletionState.Active)
            .PermitIf(DeletionTrigger.Delete, DeletionState.SoftDeleted, SoftDeleteOn, () => settings.SoftDeleteEnabled)
            .PermitIf(DeletionTrigger.Delete, DeletionState.Purged, SoftDeleteOff, () => !settings.SoftDeleteEnabled);
        machine.Configure(DeletionState.SoftDeleted)
            .Permit(DeletionTrigger.Recover, DeletionState.Active)
            .PermitIf(DeletionTrigger.Purge, DeletionState.Purged, PurgeProtectionOff, () => !settings.PurgeProtectionEnabled)
            .Permit(DeletionTrigger.RetentionElapsed, DeletionState.Purged);
        return machine;
    }

    /// <summary>A version is enabled and disabled freely (Azure asks no more), but only while its key is not deleted.</summary>
    public static StateMachine<KeyVersionState, KeyVersionTrigger> Version(KeyRecord key, KeyVersionRecord version)
    {
        var machine = new StateMachine<KeyVersionState, KeyVersionTrigger>(() => version.State, s => version.State = s);
        Func<bool> keyNotDeleted = () => key.State == DeletionState.Active;
        machine.Configure(KeyVersionState.Enabled)
            .PermitIf(KeyVersionTrigger.Disable, KeyVersionState.Disabled, KeyNotDeleted, keyNotDeleted)
            .IgnoreIf(KeyVersionTrigger.Enable, KeyNotDeleted, keyNotDeleted);
        machine.Configure(KeyVersionState.Disabled)
            .PermitIf(KeyVersionTrigger.Enable, KeyVersionState.Enabled, KeyNotDeleted, keyNotDeleted)
            .IgnoreIf(KeyVersionTrigger.Disable, KeyNotDeleted, keyNotDeleted);
        return machine;
    }
}
