using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Simulation.Hosting;

/// <summary>Starts the grain host for one run on the run's engine: the one seam where hosting is chosen.</summary>
public delegate Task<IGrainHost> GrainHostFactory(SimulationEngine engine, HsmOptions hsm, CancellationToken cancellation);
