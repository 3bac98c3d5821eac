namespace CmkSim.Simulation.Hosting;

/// <summary>The cluster's Redis (or its silos) did not answer: a runtime failure (exit 3), not bad input.</summary>
public sealed class ClusterUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
