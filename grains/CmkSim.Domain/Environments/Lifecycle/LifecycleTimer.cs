namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>The timed consequences an environment's lifecycle schedules on entering a state.</summary>
public enum LifecycleTimer
{
    /// <summary>EN-03: the encryption with the policy's key completes.</summary>
    EncryptionDue,

    /// <summary>EN-04: the return to the Microsoft-managed key completes.</summary>
    RevertDue,

    /// <summary>LK-03: the re-enable completes.</summary>
    ReEnableDue,

    /// <summary>LK-02: the locked environment is deleted.</summary>
    LockExpiryDue,
}
