using System.Text.Json.Serialization;

namespace CmkSim.Domain.Faults;

/// <summary>
/// One injected fault and its window [<see cref="From"/>, <see cref="Until"/>). <see cref="Added"/> is an HSM
/// latency's extra time per call, <see cref="Share"/> the share of failing calls, <see cref="Limit"/> a forced
/// throttling's transactions per 10 s window; each is set only for its kind.
/// </summary>
public sealed record Fault(FaultKind Kind, DateTimeOffset From, DateTimeOffset Until, TimeSpan? Added = null, double? Share = null, int? Limit = null)
{
    [JsonIgnore]
    public TimeSpan Window => Until - From;

    /// <summary>Faults under which a data-plane call fails (a read then fails unless its data key is cached).</summary>
    [JsonIgnore]
    public bool FailsCalls => Kind is FaultKind.HsmOutage or FaultKind.HsmFailures or FaultKind.VaultUnreachable;

    public string Describe() => Kind switch
    {
        FaultKind.HsmOutage => "HSM outage: every PKCS#11 call fails with CKR_DEVICE_ERROR",
        FaultKind.HsmLatency => $"HSM latency: {Added?.TotalSeconds:0.###} s added to every call",
        FaultKind.HsmFailures => $"HSM failures: {Share:0.###} of wrap/unwrap calls fail with CKR_DEVICE_ERROR",
        FaultKind.VaultUnreachable => "vault unreachable: every call fails with a transport error",
        _ => $"throttling forced on: {Limit} transactions per 10 s",
    };
}
