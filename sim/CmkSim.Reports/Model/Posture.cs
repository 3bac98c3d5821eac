using System.Globalization;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;

namespace CmkSim.Reports.Model;

/// <summary>How the tenant came out of the run, worst first.</summary>
public enum PostureLevel
{
    /// <summary>No outage, no unrestorable backup, no finding above Low.</summary>
    Sound,

    /// <summary>Environments went offline, backups can't be restored, or a Medium-or-worse finding was raised.</summary>
    AtRisk,

    /// <summary>Data was lost on at least one environment.</summary>
    DataLost,
}

/// <summary>
/// The second verdict: what the run shows about the tenant, beside the first (did the script's expectations hold).
/// A run whose expectations all held can still have lost data; this verdict says so.
/// </summary>
public sealed record Posture(
    PostureLevel Level,
    int DataLost,
    int EnvironmentsOffline,
    double EnvironmentHours,
    int BackupsUnrestorable,
    IReadOnlyList<(FindingSeverity Severity, int Count)> FindingsBySeverity)
{
    public static Posture From(ImpactFigures impact, IReadOnlyList<Finding> findings)
    {
        var bySeverity = Enum.GetValues<FindingSeverity>().Reverse().Select(s => (s, findings.Count(f => f.Severity == s))).ToList();
        var level = impact.DataLost.Count > 0 ? PostureLevel.DataLost
            : impact.Outages.Count > 0 || impact.UnrestorableBackups.Count > 0 || findings.Any(f => f.Severity >= FindingSeverity.Medium) ? PostureLevel.AtRisk
            : PostureLevel.Sound;
        return new Posture(level, impact.DataLost.Count, impact.EnvironmentsOffline, impact.EnvironmentHours, impact.UnrestorableBackups.Count, bySeverity);
    }

    public static Posture From(IReadOnlyList<JournalEvent> journal, IReadOnlyList<Finding> findings, DateTimeOffset end) =>
        From(ImpactFigures.From(journal, end), findings);

    /// <summary>The verdict's word: "DATA LOST", "AT RISK" or "SOUND".</summary>
    public string Word => Level switch
    {
        PostureLevel.DataLost => "DATA LOST",
        PostureLevel.AtRisk => "AT RISK",
        _ => "SOUND",
    };

    /// <summary>The verdict in a few words: "DATA LOST on 16 environments", "AT RISK: 300 environments offline", "SOUND".</summary>
    public string Headline => Level switch
    {
        PostureLevel.DataLost => $"DATA LOST on {Plural(DataLost, "environment")}",
        PostureLevel.AtRisk when EnvironmentsOffline > 0 => $"AT RISK: {Plural(EnvironmentsOffline, "environment")} offline for {Hours(EnvironmentHours)} environment-hours",
        PostureLevel.AtRisk when BackupsUnrestorable > 0 => $"AT RISK: {Plural(BackupsUnrestorable, "backup")} unrestorable",
        PostureLevel.AtRisk => $"AT RISK: {Severities}",
        _ => "SOUND: no data lost, no outage, no finding above Low",
    };

    /// <summary>The CSS class (and colour) of the verdict: red, amber or green.</summary>
    public string Css => Level switch
    {
        PostureLevel.DataLost => "harmed",
        PostureLevel.AtRisk => "atrisk",
        _ => "sound",
    };

    /// <summary>The figures in one sentence, e.g. "data lost on 16 environments; 16 environments offline for 4,512 environment-hours; ...".</summary>
    public string Sentence =>
        $"data lost on {Plural(DataLost, "environment")}; {Plural(EnvironmentsOffline, "environment")} offline for {Hours(EnvironmentHours)} environment-hours; " +
        $"{Plural(BackupsUnrestorable, "backup")} unrestorable; findings: {Severities}";

    /// <summary>"Critical 16, High 17, Medium 1, Low 0".</summary>
    public string Severities => string.Join(", ", FindingsBySeverity.Select(s => $"{s.Severity} {s.Count}"));

    public static string Hours(double hours) => hours.ToString("#,0.#", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
