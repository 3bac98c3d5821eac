namespace CmkSim.Simulation.Load;

/// <summary>
/// A bare rate measured several times while a run lasted, each time with how many operations the run had done so far.
/// The operations between two measurements are priced at the harmonic mean of the two rates (the mean time per
/// operation), so a machine whose speed drifts during the run is priced at the speed it had while it did that work.
/// </summary>
public static class ProbedRate
{
    /// <summary>One measurement: the run's operations done when it was taken, and the bare rate it found.</summary>
    public readonly record struct Probe(long DoneSoFar, double PerSecond);

    /// <summary>
    /// The one rate that prices all <paramref name="total"/> operations as the segments between
    /// <paramref name="probes"/> (in time order) do: total over the sum of the segments' seconds. Operations after the
    /// last probe are priced at its rate. With no operations, the harmonic mean of the probes (a rate to print).
    /// </summary>
    public static double Effective(IReadOnlyList<Probe> probes, long total)
    {
        ArgumentOutOfRangeException.ThrowIfZero(probes.Count);
        if (probes.Any(p => !(p.PerSecond > 0)))
        {
            throw new ArgumentException("every probe needs a positive rate", nameof(probes));
        }

        if (total == 0)
        {
            return probes.Count / probes.Sum(p => 1 / p.PerSecond);
        }

        double seconds = 0;
        for (var i = 0; i + 1 < probes.Count; i++)
        {
            var done = probes[i + 1].DoneSoFar - probes[i].DoneSoFar;
            seconds += done * (1 / probes[i].PerSecond + 1 / probes[i + 1].PerSecond) / 2;
        }

        seconds += (total - probes[^1].DoneSoFar) / probes[^1].PerSecond;
        return total / seconds;
    }
}
