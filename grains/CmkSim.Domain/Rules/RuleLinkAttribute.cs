namespace CmkSim.Domain.Rules;

/// <summary>
/// Links code to a rule of the catalogue by its ID, with the file and line it is declared at, so <c>cmksim rules</c>
/// finds a rule's home, guards and finding checks by reflection instead of from a hand-kept list. The compiler fills
/// in the file and line where the attribute is applied; the file is kept relative to the repository (from its
/// <c>grains/</c> or <c>sim/</c> folder on), so the index reads the same wherever the repository was cloned.
/// </summary>
public abstract class RuleLinkAttribute : Attribute
{
    protected RuleLinkAttribute(string ruleId, string file, int line)
    {
        RuleId = ruleId;
        File = RepositoryRelative(file);
        Line = line;
    }

    /// <summary>The rule's ID, e.g. <c>"EN-08"</c> (a <see cref="Rules.RuleId"/> constant).</summary>
    public string RuleId { get; }

    /// <summary>The declaring file from the repository root, e.g. <c>grains/CmkSim.Domain/Rules/En08PreviousKeyVersion.cs</c>.</summary>
    public string File { get; }

    /// <summary>The line the attribute is applied at.</summary>
    public int Line { get; }

    /// <summary>
    /// The path from the last <c>/grains/</c> or <c>/sim/</c> on (whichever comes later, so a clone under a folder
    /// of the same name still cuts at the project's own), with forward slashes; a path with neither stays as it is.
    /// </summary>
    public static string RepositoryRelative(string path)
    {
        var slashed = path.Replace('\\', '/');
        var cut = Math.Max(slashed.LastIndexOf("/grains/", StringComparison.Ordinal), slashed.LastIndexOf("/sim/", StringComparison.Ordinal));
        return cut < 0 ? slashed : slashed[(cut + 1)..];
    }
}
