namespace CmkSim.Simulation.Hosting;

/// <summary>
/// A grain host whose silos a scenario may kill and restart on purpose (<c>killSilo</c>, <c>restartSilo</c>). Silos
/// are numbered from 1; silo 1 is the primary, which a host may refuse to kill (the embedded multi-silo host keeps
/// the membership table there). A process host implements it with <c>kill -9</c> of child N and a fresh child.
/// </summary>
public interface ISiloControl
{
    /// <summary>How many silos the host started with (the highest number a step may name).</summary>
    int Silos { get; }

    /// <summary>Why silo <paramref name="silo"/> can't be killed on this host, or null when it can.</summary>
    string? CannotKill(int silo);

    /// <summary>
    /// Stops silo <paramref name="silo"/> abruptly: its activations are gone without deactivating or writing. Returns
    /// once every live silo's membership has declared it dead, so the next call reactivates its grains elsewhere.
    /// </summary>
    Task KillAsync(int silo, CancellationToken cancellation = default);

    /// <summary>Starts a new silo <paramref name="silo"/> (after a kill); returns once it is active in the cluster.</summary>
    Task RestartAsync(int silo, CancellationToken cancellation = default);
}
