using System.Xml.Linq;
using CmkSim.Reports.Model;
using CmkSim.Reports.Writers;

namespace CmkSim.Tests.Reports;

/// <summary>Scenario text is untrusted: no live HTML or broken table in Markdown, valid XML in JUnit, no escape sequence on the terminal (tested through the program: Cli/TerminalEscapingProcessTests).</summary>
public sealed class ReportEscapingTests
{
    private const string Hostile = "evil<script>alert(1)</script>|x](http://e.example)`\u001b[31m";

    private static RunReport HostileReport()
    {
        var report = SyntheticRunReport.Build(environments: 5, days: 2, auditEntries: 10);
        return report with
        {
            Scenario = report.Scenario with { Name = Hostile, Description = "line one <img src=x onerror=alert(1)>\n| not | a | row |" },
            Expectations = report.Expectations.Select(e => e with { Text = e.Text + " <b>|</b>", Detail = "detail \u001b <i>" }).ToList(),
        };
    }

    [Fact]
    public void A_description_renders_as_text_in_a_fence_it_cannot_close()
    {
        // Before, a description's "**Posture: SOUND**" rendered bold above the run's real verdict in report.md.
        const string description = "Routine.\n\n**Posture: SOUND**\n## Findings\n```\n````\nafter";

        var quoted = Md.Quoted(description);

        Assert.Equal("`````text\n" + description + "\n`````\n", quoted);
    }

    [Fact]
    public void Markdown_report_and_index_have_no_live_tag_and_names_cannot_split_a_table_row()
    {
        var report = HostileReport();
        var folder = ReportFolders.New("escape-md");
        try
        {
            ReportWriter.Write(report, folder);
            IndexWriter.Write(folder, [new IndexEntry(report, IndexWriter.LinkTo(report.Scenario.Name, ReportFiles.Html))]);

            foreach (var file in new[] { ReportFiles.Markdown, ReportFiles.IndexMarkdown })
            {
                // The description is a fenced code block, where nothing renders (its text stays as written).
                var written = File.ReadAllText(Path.Combine(folder, file));
                var md = System.Text.RegularExpressions.Regex.Replace(written, "(?ms)^(`{3,})text\n.*?\n\\1\n", "(code block)\n");
                Assert.Equal(file == ReportFiles.Markdown, md != written);
                Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img", md, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
                Assert.DoesNotContain("\u001b", md, StringComparison.Ordinal);
                Assert.Contains("&lt;script&gt;", md, StringComparison.Ordinal);
                // Every table row keeps its column count: no unescaped '|' inside a cell.
                foreach (var table in Tables(md))
                {
                    Assert.All(table, row => Assert.Equal(Columns(table[0]), Columns(row)));
                }
            }

            var index = File.ReadAllText(Path.Combine(folder, ReportFiles.IndexMarkdown));
            Assert.Contains($"]({Uri.EscapeDataString(Hostile)}/report.md)", index, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void JUnit_with_an_ESC_in_the_name_is_valid_XML_showing_it_escaped()
    {
        var xml = JunitWriter.Render(HostileReport());

        var doc = XDocument.Parse(xml);
        Assert.Equal("evil<script>alert(1)</script>|x](http://e.example)`\\x1b[31m", doc.Root!.Element("testsuite")!.Attribute("name")!.Value);
        Assert.DoesNotContain("\u001b", xml, StringComparison.Ordinal);
        Assert.Equal("a\\x00b\\ufffe\U0001F600", XmlText.Clean("a\0b\ufffe\U0001F600"));
    }

    private static List<List<string>> Tables(string md)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in md.Split('\n'))
        {
            if (line.StartsWith("| ", StringComparison.Ordinal))
            {
                (current ??= []).Add(line);
            }
            else if (current is not null)
            {
                tables.Add(current);
                current = null;
            }
        }

        return tables;
    }

    /// <summary>Cell separators: '|' not preceded by an odd run of backslashes.</summary>
    private static int Columns(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] != '|')
            {
                continue;
            }

            var slashes = 0;
            for (var j = i - 1; j >= 0 && row[j] == '\\'; j--)
            {
                slashes++;
            }

            count += slashes % 2 == 0 ? 1 : 0;
        }

        return count;
    }
}
