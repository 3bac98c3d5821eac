using System.Globalization;

namespace CmkSim.Simulation.Runs;

/// <summary>
/// The text of the one-line progress display of a run on a terminal: simulated day, environments, engine events per wall
/// second and the time left, estimated from the simulated time covered so far at the pace so far.
/// </summary>
public static class ProgressLine
{
    /// <summary>At most this many lines a second: a terminal rewritten faster is flicker, and costs the run.</summary>
    public const double MaxPerSecond = 4;

    /// <param name="name">The scenario's name, already made safe to print.</param>
    public static string Text(string name, RunProgress progress, TimeSpan end, int environments, double wallSeconds)
    {
        var perSecond = wallSeconds > 0 ? progress.EventsDispatched / wallSeconds : 0;
        var left = SecondsLeft(progress.Simulated, end, wallSeconds);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{name}: day {progress.Simulated.TotalDays,5:F1} of {end.TotalDays:F1}, {environments:N0} environments, {perSecond,7:N0} events/s");
        return left is { } s ? line + string.Create(CultureInfo.InvariantCulture, $", about {s:N0} s left") : line;
    }

    /// <summary>Wall seconds still to go if the rest of the simulated span runs at the pace so far; null before any progress.</summary>
    public static double? SecondsLeft(TimeSpan simulated, TimeSpan end, double wallSeconds) =>
        simulated > TimeSpan.Zero && wallSeconds > 0
            ? wallSeconds * Math.Max(0, (end - simulated).TotalSeconds) / simulated.TotalSeconds
            : null;
}

/// <summary>Lets a progress line through at most <see cref="ProgressLine.MaxPerSecond"/> times a second of wall time.</summary>
public sealed class ProgressPacer
{
    private double? _last;

    /// <summary>True when a line may be written now (<paramref name="wallSeconds"/> since the run started); the first always may.</summary>
    public bool Due(double wallSeconds)
    {
        if (_last is { } last && wallSeconds - last < 1 / ProgressLine.MaxPerSecond)
        {
            return false;
        }

        _last = wallSeconds;
        return true;
    }
}
