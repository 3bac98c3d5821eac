using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Support;

/// <summary>One scenario of the library and its run at the default in flight.</summary>
public sealed record LibraryRun(string File, ScenarioRunResult Result);

/// <summary>
/// The scenario library run once per test process at the default 8 in flight (~40 s on two quiet cores): the library
/// test checks its outcomes and the in-flight determinism test compares its outputs with a run at 1, without each
/// running the library again.
/// </summary>
public static class LibraryRuns
{
    private static readonly Lazy<Task<IReadOnlyList<LibraryRun>>> Runs = new(RunAllAsync);

    /// <summary>The library's files, in name order.</summary>
    public static IReadOnlyList<string> Files { get; } =
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml").Order(StringComparer.Ordinal).ToList();

    public static Task<IReadOnlyList<LibraryRun>> AtDefaultInFlightAsync() => Runs.Value;

    private static async Task<IReadOnlyList<LibraryRun>> RunAllAsync()
    {
        var runner = new ScenarioRunner(new HsmOptions());
        var runs = new List<LibraryRun>();
        foreach (var file in Files)
        {
            runs.Add(new LibraryRun(file, await runner.RunAsync(ScenarioLoader.Load(file))));
        }

        return runs;
    }
}
