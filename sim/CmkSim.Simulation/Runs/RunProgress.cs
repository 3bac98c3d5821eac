namespace CmkSim.Simulation.Runs;

/// <summary>How far a run is: the simulated time reached and the engine events dispatched so far.</summary>
public readonly record struct RunProgress(TimeSpan Simulated, long EventsDispatched);
