using CmkSim.Contracts.Vaults;
using Stateless;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// Every transition of a key and a key version, configured in one place. The state lives in the records (and so in
/// the grain's persistent state); a machine is a view over it, built per call.
/// </summary>
internal static class KeyMachines
{
    public static StateMachine<KeyLifecycleState, KeyLifecycleTrigger> Lifecycle(KeyRecord key, KeyVaultSettings settings)
    {
        var machine = new StateMachine<KeyLifecycleState, KeyLifecycleTrigger>(() => key.State, s => key.State = s);
        machine.Configure(KeyLifecycleState.Active)
            .PermitIf(KeyLifecycleTrigger.Delete, KeyLifecycleState.SoftDeleted, () => settings.SoftDeleteEnabled, "soft delete on")
            .PermitIf(KeyLifecycleTrigger.Delete, KeyLifecycleState.Purged, () => !settings.SoftDeleteEnabled, "soft delete off: deletion is final");
        machine.Configure(KeyLifecycleState.SoftDeleted)
            .Permit(KeyLifecycleTrigger.Recover, KeyLifecycleState.Active)
            .PermitIf(KeyLifecycleTrigger.Purge, KeyLifecycleState.Purged, () => !settings.PurgeProtectionEnabled, "purge protection off")
            .Permit(KeyLifecycleTrigger.RetentionElapsed, KeyLifecycleState.Purged);
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
