using System.Text;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// A mutated scenario (and, for template mutants, a mutated ARM template beside it) with the mutations it got.
/// Stored as bytes: binary garbage and truncation may leave text that is not UTF-8.
/// </summary>
public sealed class Mutant(int index, string source, byte[] scenario, byte[]? template, IReadOnlyList<Mutation> mutations)
{
    /// <summary>Stands for a folder outside the scenario's own folder that the test owns (absolute names, escaping templates).</summary>
    public const string OutsidePlaceholder = "@OUTSIDE@";

    /// <summary>A valid template kept outside the scenario's folder, so a template that escapes the folder would load.</summary>
    public const string OutsideTemplate = "outside-cmk-europe.json";

    public int Index { get; } = index;

    /// <summary>The seed file's name (a scenario, or a template carried by the scenario that reads it).</summary>
    public string Source { get; } = source;

    public byte[] Scenario { get; } = scenario;

    /// <summary>The mutated templates/&lt;name&gt;.json, or null for the library's own.</summary>
    public byte[]? Template { get; } = template;

    public IReadOnlyList<Mutation> Mutations { get; } = mutations;

    public bool HostRisk => Mutations.Any(m => m.HostRisk);

    public string? MustRefuse => Mutations.Select(m => m.MustRefuse).FirstOrDefault(r => r is not null);

    public string Describe() => $"#{Index} {Source}: {string.Join("; ", Mutations)}";

    /// <summary>
    /// Writes the scenario (named like its seed) and templates/ into <paramref name="folder"/>, and a valid template
    /// into <paramref name="outside"/>; returns the scenario's path.
    /// </summary>
    public string WriteTo(string folder, string outside)
    {
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        foreach (var library in FuzzInputs.Templates)
        {
            var name = Path.GetFileName(library);
            var bytes = Template is not null && Source == name ? Template : File.ReadAllBytes(library);
            File.WriteAllBytes(Path.Combine(folder, "templates", name), bytes);
        }

        Directory.CreateDirectory(outside);
        File.Copy(FuzzInputs.Templates[0], Path.Combine(outside, OutsideTemplate), overwrite: true);
        var path = Path.Combine(folder, ScenarioFileName);
        File.WriteAllBytes(path, Replace(Scenario, OutsidePlaceholder, Path.GetFullPath(outside)));
        return path;
    }

    public string ScenarioFileName => Source.EndsWith(".json", StringComparison.Ordinal)
        ? Path.GetFileName(FuzzInputs.ScenarioUsing(Path.Combine(FuzzInputs.TemplateFolder, Source)))!
        : Source;

    private static byte[] Replace(byte[] bytes, string placeholder, string value)
    {
        var marker = Encoding.UTF8.GetBytes(placeholder);
        var at = bytes.AsSpan().IndexOf(marker);
        if (at < 0)
        {
            return bytes;
        }

        var replaced = new List<byte>(bytes.Length + value.Length);
        replaced.AddRange(bytes[..at]);
        replaced.AddRange(Encoding.UTF8.GetBytes(value));
        replaced.AddRange(Replace(bytes[(at + marker.Length)..], placeholder, value));
        return [.. replaced];
    }
}
