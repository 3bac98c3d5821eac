using CmkSim.Domain.Environments;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Plots;

/// <summary>Renders a run's plots: the simulated-time ones (deterministic) and the wall-clock latency one.</summary>
public static class ReportPlots
{
    public static IReadOnlyList<RenderedPlot> Simulated(RunReport report)
    {
        var start = report.Scenario.SimulationStart;
        return
        [
            StackedAreaPlot.Render("status", "Environments by status over time", start, report.Timeline, s => s.ByStatus,
                Enum.GetNames<EnvironmentStatus>()),
            StackedAreaPlot.Render("encryption", "Environments by encryption status over time", start, report.Timeline,
                s => s.ByEncryption, Enum.GetNames<EncryptionStatus>()),
            KeyVersionPlot.Render(report),
            RecordsPlot.Render(report),
            HsmOperationsPlot.Render(report),
        ];
    }

    public static RenderedPlot WallClock(RunReport report) => LatencyPlot.Render(report.WallClock);
}
