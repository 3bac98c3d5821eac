using CmkSim.Files;
using CmkSim.Scenarios.Names;
using CmkSim.Scenarios.Parsing;

namespace CmkSim.Scenarios;

/// <summary>
/// Reads and validates a scenario file. Invalid input throws <see cref="ScenarioValidationException"/> with every
/// error found, each at <c>file:line:column</c>; nothing is run.
/// </summary>
public static class ScenarioLoader
{
    /// <param name="path">The scenario file; errors name it as given.</param>
    /// <param name="scale">Multiplies the count of every <c>{n}</c> environment entry (<c>--scale K</c>).</param>
    public static Scenario Load(string path, int scale = 1)
    {
        // Only a regular file of bounded size is read: a FIFO, a device or a link loop is an error, not a hang.
        if (SafeFile.ReadText(path, ScenarioLimits.ScenarioFileBytes, out var problem) is not { } yaml)
        {
            throw new ScenarioValidationException([new ScenarioError(new SourceLocation(path, 1, 1), "file", problem)]);
        }

        return Parse(yaml, path, scale);
    }

    /// <summary>Parses YAML text as if read from <paramref name="path"/> (relative file arguments resolve from its folder).</summary>
    public static Scenario Parse(string yaml, string path, int scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, ScenarioLimits.MinScale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, ScenarioLimits.MaxScale);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return new ScenarioParser(path, folder, scale).Parse(yaml);
    }
}
