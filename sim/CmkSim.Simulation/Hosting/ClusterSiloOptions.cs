using CmkSim.Crypto.Hsm;

namespace CmkSim.Simulation.Hosting;

/// <summary>One silo process of a Redis cluster (<c>cmksim silo</c>).</summary>
public sealed record ClusterSiloOptions(ClusterAddress Redis, string ClusterId)
{
    /// <summary>Keys the grain state in Redis (<c>{ServiceId}/state/…</c>); the cluster id when not given, so a fresh
    /// cluster id is also a fresh, empty state.</summary>
    public string? ServiceId { get; init; }

    public string EffectiveServiceId => ServiceId ?? ClusterId;

    /// <summary>Silo-to-silo port; 0 picks a free one.</summary>
    public int SiloPort { get; init; }

    /// <summary>Client gateway port; 0 picks a free one.</summary>
    public int GatewayPort { get; init; }

    public HsmOptions Hsm { get; init; } = new();

    /// <summary>HSM tokens to open (creating them if new) before the silo joins: see <see cref="ClusterHsmTokens"/>.</summary>
    public IReadOnlyList<string> HsmTokens { get; init; } = [];
}
