namespace CmkSim.Engine.Scheduling;

/// <summary>A window the engine is running: its first event and how many events it holds (see <see cref="SimulationEngine.Running"/>).</summary>
public sealed record EngineWindow(SimulationEvent First, int Events);
