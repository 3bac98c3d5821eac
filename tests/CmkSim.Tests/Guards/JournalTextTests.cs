using System.Text.RegularExpressions;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Guards;

/// <summary>
/// Issue 9: "No product code parses audit text." A journal event's words (<c>Describe()</c>, <c>Summary()</c>) are for
/// people: only the report writers print them. Findings, expectations and mappings read the typed fields.
/// </summary>
public sealed partial class JournalTextTests
{
    /// <summary>Where printing an event's words is the point.</summary>
    private static readonly string[] Printers = ["grains/CmkSim.Domain/Journal/", "sim/CmkSim.Reports/Writers/", "sim/CmkSim.Reports/Oscal/"];

    [Fact]
    public void Only_the_report_writers_read_a_journal_events_words_and_nothing_parses_them()
    {
        var offences = new List<string>();
        foreach (var top in new[] { "sim", "grains" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, top), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (EventWords().IsMatch(lines[i]) && !Printers.Any(p => relative.StartsWith(p, StringComparison.Ordinal)))
                    {
                        offences.Add($"{relative}:{i + 1}: reads an event's words outside the report writers: {lines[i].Trim()}");
                    }

                    if (TextParsing().IsMatch(lines[i]))
                    {
                        offences.Add($"{relative}:{i + 1}: parses journal text: {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void The_scan_recognises_what_it_forbids()
    {
        Assert.Matches(EventWords(), "var why = journal[i].Summary();");
        Assert.Matches(EventWords(), "e.Describe().Split(' ')");
        Assert.Matches(TextParsing(), "e.Outcome.StartsWith(\"Succeeded\")");
        Assert.Matches(TextParsing(), "log[removal].Outcome.Split(\"key=\")");
        Assert.DoesNotMatch(EventWords(), "expected {spec.Describe()}"); // an argument spec's description is not an event's
    }

    /// <summary>An event's words: <c>e.Summary()</c>, or <c>Describe()</c> on something other than an argument spec.</summary>
    [GeneratedRegex(@"\.Summary\(\)|(?<!spec)\.Describe\(\)", RegexOptions.CultureInvariant)]
    private static partial Regex EventWords();

    /// <summary>The shapes the old string audit was read with.</summary>
    [GeneratedRegex(@"\.Outcome\.(StartsWith|EndsWith|Contains|Split|IndexOf)\(|Split\(""(key|identity)=""\)", RegexOptions.CultureInvariant)]
    private static partial Regex TextParsing();
}
