using CmkSim.Domain.Environments;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Plots;

/// <summary>Renders a run's plots: the simulated-time ones (deterministic) and the wall-clock latency one.</summary>
public static class ReportPlots
{
    public static IReadOnlyList<RenderedPlot> Simulated(RunReport report)
    {
        IReadOnlyList<RenderedPlot> throttling = report.Throttling is { } t ? [ThrottlingPlot.Render(report, t)] : [];
        return
        [
            StackedAreaPlot.Render("status", "Environments by status over time", report, s => s.ByStatus,
                Enum.GetNames<EnvironmentStatus>()),
            // Deleted environments are their own band: their data is gone, they are not "Encrypted" any more.
            StackedAreaPlot.Render("encryption", "Environments by encryption status over time", report,
                s => s.ByEncryption, [.. Enum.GetNames<EncryptionStatus>(), nameof(EnvironmentStatus.Deleted)]),
            KeyVersionPlot.Render(report),
            RecordsPlot.Render(report),
            HsmOperationsPlot.Render(report),
            .. throttling,
        ];
    }

    public static RenderedPlot WallClock(RunReport report) => LatencyPlot.Render(report.WallClock);
}
