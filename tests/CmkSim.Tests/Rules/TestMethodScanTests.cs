using System.Reflection;
using CmkSim.Simulation.RuleIndex;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Rules;

/// <summary>
/// The index finds test methods by scanning source, not by loading the test assembly (the CLI has none to load). On
/// this checkout the scan must find exactly the test methods xunit runs: none missed, none invented.
/// </summary>
public sealed class TestMethodScanTests
{
    [Fact]
    public void The_scan_finds_exactly_the_test_methods_of_this_assembly()
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var reflected = typeof(TestMethodScanTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(declared).Where(m => m.GetCustomAttributes<FactAttribute>().Any()).Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var scanned = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "CmkSim.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TestReferences.TestMethods(CSharpText.Mask(File.ReadAllText(f)).Code).Select(m => $"{m.Class}.{m.Method}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(reflected.Count > 100, $"only {reflected.Count} test methods found by reflection");
        Assert.Empty(reflected.Except(scanned).Select(m => "missed by the scan: " + m));
        Assert.Empty(scanned.Except(reflected).Select(m => "not a test method: " + m));
    }
}
