namespace CmkSim.Reports.Writers;

/// <summary>Summary of real latencies in microseconds (nearest-rank percentiles).</summary>
public sealed record LatencySummary(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencySummary From(IReadOnlyList<double> micros)
    {
        if (micros.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        var sorted = micros.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, sorted.Average(), Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }
}
