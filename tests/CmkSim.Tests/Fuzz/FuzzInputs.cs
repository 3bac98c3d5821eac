using CmkSim.Tests.Support;

namespace CmkSim.Tests.Fuzz;

/// <summary>The fuzzer's seeds: every scenario of the library and every ARM template it ships.</summary>
public static class FuzzInputs
{
    public static string ScenarioFolder { get; } = Path.Combine(RepoPaths.Root, "scenarios");

    public static string TemplateFolder { get; } = Path.Combine(ScenarioFolder, "templates");

    public static IReadOnlyList<string> Scenarios { get; } =
        Directory.GetFiles(ScenarioFolder, "*.yaml").Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Templates { get; } =
        Directory.GetFiles(TemplateFolder, "*.json").Order(StringComparer.Ordinal).ToList();

    /// <summary>The library scenario that reads <paramref name="template"/> (its file name under templates/), the carrier for template mutants.</summary>
    public static string? ScenarioUsing(string template) =>
        Scenarios.FirstOrDefault(s => File.ReadAllText(s).Contains("templates/" + Path.GetFileName(template), StringComparison.Ordinal));
}
