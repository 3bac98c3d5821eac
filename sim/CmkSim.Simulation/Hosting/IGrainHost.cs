namespace CmkSim.Simulation.Hosting;

/// <summary>Whatever hosts the grains of one run: the embedded silo by default, a cluster when one machine is not enough.</summary>
public interface IGrainHost : IAsyncDisposable
{
    IGrainFactory Grains { get; }
}
