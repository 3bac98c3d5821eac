using CmkSim.Crypto.Hsm;

namespace CmkSim.Simulation.Hosting;

/// <summary>How the CLI hosts grains. Embedded (one in-process silo) is the default; a cluster mode goes here.</summary>
public sealed record SiloHostOptions
{
    public HsmOptions Hsm { get; init; } = new();

    /// <summary>The run's engine (clock, queue, seed); the grains of this silo run on it.</summary>
    public CmkSim.Engine.Scheduling.SimulationEngine Engine { get; init; } = new(seed: 0);

    /// <summary>Silo port for localhost clustering; 0 picks free ports so two runs can share a machine.</summary>
    public int SiloPort { get; init; }

    public int GatewayPort { get; init; }
}
