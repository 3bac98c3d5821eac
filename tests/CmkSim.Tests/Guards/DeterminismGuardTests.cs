using System.Text.RegularExpressions;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Guards;

/// <summary>
/// Simulated behaviour must be reproducible from the seed: no wall clock, no unseeded randomness, no timers in
/// sim/ or grains/. Wall-clock measurement (Stopwatch, TimeProvider.System) is allowed only where the code
/// measures real performance: the CLI's smoke run and benchmarks (<c>cmksim bench</c>, <c>cmksim load</c>).
/// </summary>
public sealed class DeterminismGuardTests
{
    private static readonly (string Pattern, string Why)[] Forbidden =
    [
        (@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b", "wall clock: read the simulation's TimeProvider"),
        (@"\bnew\s+Random\s*\(", "unseeded randomness: draw from the run's seeded streams"),
        (@"\bRandom\.Shared\b", "unseeded randomness: draw from the run's seeded streams"),
        (@"\bGuid\.NewGuid\b", "unseeded randomness: derive ids from the seed"),
        (@"\bEnvironment\.TickCount", "wall clock"),
        (@"\bTask\.Delay\b", "real time: schedule through the engine's event queue"),
        (@"\bRegister(Grain)?Timer\b", "grain timers fire asynchronously: schedule through the engine"),
        (@"\bRegisterOrUpdateReminder\b", "reminders fire asynchronously: schedule through the engine"),
        (@"\bStopwatch\b", "wall clock measurement belongs to benchmarks and the smoke run"),
        (@"\bTimeProvider\.System\b", "wall clock: use the simulation's TimeProvider"),
    ];

    private static readonly string[] MeasurementFolders = ["sim/CmkSim.Cli/Bench/", "sim/CmkSim.Cli/Load/", "sim/CmkSim.Cli/Smoke/", "sim/CmkSim.Cli/Runs/"];

    // Hands Orleans' own runtime a real timer source for its system timers; no grain code reaches it (see GrainClock).
    // CmkSimServices hands Orleans' runtime a real timer source (see GrainClock); HsmLatencyRecorder measures real HSM
    // latency for the report's wall-clock section. Neither feeds anything simulated.
    private static readonly string[] RuntimeTimerSeam = ["grains/CmkSim.Grains/Hosting/CmkSimServices.cs", "grains/CmkSim.Grains/Hsm/HsmLatencyRecorder.cs"];

    // Cluster mode's process plumbing (starting Redis and silo processes, waiting for them, fresh cluster ids, resending
    // a call a dead silo refused) runs in real time by nature; none of it feeds anything simulated.
    private static readonly string[] ClusterProcessSeam =
    [
        "sim/CmkSim.Simulation/Hosting/ClusterClient.cs", "sim/CmkSim.Simulation/Hosting/ClusterLauncher.cs",
        "sim/CmkSim.Simulation/Hosting/ClusterRedisServer.cs", "sim/CmkSim.Simulation/Hosting/ClusterRunStats.cs",
        "sim/CmkSim.Simulation/Hosting/ClusterSiloLossRetry.cs",
    ];

    [Fact]
    public void Sim_and_grains_use_no_wall_clock_unseeded_randomness_or_timers()
    {
        var violations = new List<string>();
        foreach (var top in new[] { "sim", "grains" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, top), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
                if (relative.Contains("/obj/") || relative.Contains("/bin/") || MeasurementFolders.Any(relative.StartsWith) || RuntimeTimerSeam.Contains(relative)
                    || ClusterProcessSeam.Contains(relative))
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var code = lines[i].Split("//")[0];
                    violations.AddRange(Forbidden.Where(f => Regex.IsMatch(code, f.Pattern))
                        .Select(f => $"{relative}:{i + 1}: {f.Why}: {lines[i].Trim()}"));
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
