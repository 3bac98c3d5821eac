namespace CmkSim.Simulation.Hosting;

/// <summary>Whatever hosts the grains of one run: the embedded silo by default, a cluster when one machine is not enough.</summary>
public interface IGrainHost : IAsyncDisposable
{
    IGrainFactory Grains { get; }

    /// <summary>
    /// True when the grains live in processes of a cluster: a call between two of them may cross processes, so the
    /// run names each environment's vault when it creates it (NearVaultPlacement). In one process the hint would only
    /// add a request context to every call of the creation.
    /// </summary>
    bool Clustered => false;
}
