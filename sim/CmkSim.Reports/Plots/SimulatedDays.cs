namespace CmkSim.Reports.Plots;

/// <summary>Plots put simulated time on x as days since the simulation started: easier to read than dates.</summary>
public static class SimulatedDays
{
    public const string AxisLabel = "time (simulated days since start)";

    public static double Since(DateTimeOffset start, DateTimeOffset time) => (time - start).TotalDays;
}
