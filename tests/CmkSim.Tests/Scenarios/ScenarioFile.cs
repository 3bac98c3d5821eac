namespace CmkSim.Tests.Scenarios;

/// <summary>A scenario written to a temporary folder of its own (deleted on dispose), with helpers to point at its text.</summary>
public sealed class ScenarioFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cmksim-scenario-").FullName;

    public ScenarioFile(string yaml, string name = "scenario.yaml")
    {
        Yaml = yaml.ReplaceLineEndings("\n");
        Path = System.IO.Path.Combine(folder, name);
        File.WriteAllText(Path, Yaml);
    }

    public string Yaml { get; }

    public string Path { get; }

    public string Folder => folder;

    /// <summary>"file:line:column" of the first <paramref name="token"/> on 1-based line <paramref name="line"/>.</summary>
    public string At(int line, string token)
    {
        var text = Yaml.Split('\n')[line - 1];
        var column = text.IndexOf(token, StringComparison.Ordinal);
        Assert.True(column >= 0, $"line {line} has no '{token}': {text}");
        return $"{Path}:{line}:{column + 1}";
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
