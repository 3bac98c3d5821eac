namespace CmkSim.Domain.Faults;

/// <summary>A fault a scenario injects on purpose at a vault (or at the HSM behind it) for a window of simulated time.</summary>
public enum FaultKind
{
    /// <summary>Every PKCS#11 call fails with a device error (CKR_DEVICE_ERROR): Key Vault answers 503.</summary>
    HsmOutage,

    /// <summary>Every HSM call takes longer: the operation that made it completes later in simulated time.</summary>
    HsmLatency,

    /// <summary>A seeded share of wrap and unwrap calls fails with a device error (503).</summary>
    HsmFailures,

    /// <summary>The vault can't be reached over the network: a transport error, no HTTP answer (not a 403).</summary>
    VaultUnreachable,

    /// <summary>Key Vault's service limit is forced on at a given limit, whatever the run's platform block says.</summary>
    ForcedThrottling,
}
