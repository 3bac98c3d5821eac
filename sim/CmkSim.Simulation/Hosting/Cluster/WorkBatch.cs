using CmkSim.Contracts.Scheduling;

namespace CmkSim.Simulation.Hosting.Cluster;

/// <summary>One delivery to the run's engine: work scheduled, in order, and environments whose state was written.</summary>
internal sealed record WorkBatch(List<ScheduledEntry> Entries, List<string> Written);
