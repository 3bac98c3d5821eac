using Stateless;

namespace CmkSim.Grains.Environments;

/// <summary>Every transition of an environment, configured in one place; the state lives in the grain's state.</summary>
internal static class EnvironmentMachine
{
    public static StateMachine<EnvironmentLifecycle, EnvironmentTrigger> Create(Func<EnvironmentLifecycle> read, Action<EnvironmentLifecycle> write)
    {
        var m = new StateMachine<EnvironmentLifecycle, EnvironmentTrigger>(read, write);
        m.Configure(EnvironmentLifecycle.Active)
            .Permit(EnvironmentTrigger.AddToPolicy, EnvironmentLifecycle.Encrypting)      // EN-03: disabled while encrypting
            .Permit(EnvironmentTrigger.RemoveFromPolicy, EnvironmentLifecycle.Reverting)  // EN-04
            .Permit(EnvironmentTrigger.LoseKeyAccess, EnvironmentLifecycle.Locked)        // EN-09, LK-01, EN-08
            .PermitReentry(EnvironmentTrigger.Reset);                                     // DB-04
        m.Configure(EnvironmentLifecycle.Encrypting)
            .Permit(EnvironmentTrigger.EncryptionSucceeded, EnvironmentLifecycle.Active)
            .Permit(EnvironmentTrigger.EncryptionFailed, EnvironmentLifecycle.Active);    // EN-12: data stays on the Microsoft key
        m.Configure(EnvironmentLifecycle.Reverting)
            .Permit(EnvironmentTrigger.RevertCompleted, EnvironmentLifecycle.Active);
        m.Configure(EnvironmentLifecycle.Locked)
            .Permit(EnvironmentTrigger.ReEnable, EnvironmentLifecycle.ReEnabling)         // LK-03
            .Permit(EnvironmentTrigger.LockExpired, EnvironmentLifecycle.Deleted);        // LK-02: the data is lost
        m.Configure(EnvironmentLifecycle.ReEnabling)
            .Permit(EnvironmentTrigger.ReEnabled, EnvironmentLifecycle.Active)
            .Permit(EnvironmentTrigger.LoseKeyAccess, EnvironmentLifecycle.Locked)
            .Permit(EnvironmentTrigger.LockExpired, EnvironmentLifecycle.Deleted);
        return m;
    }
}
