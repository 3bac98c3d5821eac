namespace CmkSim.Cli.Runs;

/// <summary>
/// The real clock the batch measures each scenario's wall time with (the reports' wall-clock section). It lives in
/// the CLI, with the other measurements, so the library reads no wall clock; nothing simulated depends on it.
/// </summary>
internal static class RunWallClock
{
    public static TimeProvider Real => TimeProvider.System;
}
