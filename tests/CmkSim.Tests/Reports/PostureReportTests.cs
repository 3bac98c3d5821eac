using System.Text.Json;
using System.Text.RegularExpressions;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;
using CmkSim.Reports.Writers;

namespace CmkSim.Tests.Reports;

/// <summary>Two verdicts, impact figures, grouped findings and a narrative whose every cited entry is on the page.</summary>
public sealed partial class PostureReportTests
{
    private static readonly DateTimeOffset Start = SyntheticRunReport.Start;

    /// <summary>A run whose expectations all held while 20 sandboxes were locked by one revocation and deleted 7 days later.</summary>
    private static RunReport DataLossRun(int environments = 20)
    {
        var journal = new List<JournalEvent>();
        var n = 0;
        void Add(double day, string actor, JournalEvent e) => journal.Add(e with { Id = new EventId("t", ++n), Time = Start.AddDays(day), Actor = actor });
        for (var i = 0; i < environments; i++)
        {
            Add(0, "admin", new EnvironmentCreated($"sb-{i}", EnvironmentType.Sandbox, "europe", 10, EncryptionOwner.MicrosoftManaged));
        }

        Add(1, "mallory", new RoleRemoved("kv", "ep-identity", CmkSim.Domain.Vaults.KeyVaultRole.KeyVaultCryptoServiceEncryptionUser));
        var revocation = journal[^1].Id;
        var locks = new List<EventId>();
        for (var i = 0; i < environments; i++)
        {
            Add(1, "platform", new EnvironmentLocked($"sb-{i}", "403", RuleId.EN09, [], TimeSpan.FromDays(7)) with { Cause = revocation });
            locks.Add(journal[^1].Id);
        }

        for (var i = 0; i < environments; i++)
        {
            Add(8, "platform", new LockedEnvironmentDeleted($"sb-{i}", TimeSpan.FromDays(7)) with { Cause = locks[i] });
        }

        var synthetic = SyntheticRunReport.Build(environments: environments, days: 10, auditEntries: 10);
        return synthetic with
        {
            Scenario = synthetic.Scenario with { SimulationEnd = Start.AddDays(10) },
            Expectations = [new ExpectationResult(1, "sandboxes are deleted", Start.AddDays(9), true, "20 of 20 Deleted", RuleId.LK02, 3)],
            Journal = journal,
            Findings = FindingChecks.Run(journal),
        };
    }

    [Fact]
    public void Expectations_held_over_lost_data_shows_two_verdicts_and_the_posture_is_red()
    {
        var report = DataLossRun();
        var html = ReportLinks.Html(report);

        var verdicts = html[html.IndexOf("<div class=\"verdicts\">", StringComparison.Ordinal)..html.IndexOf("<table class=\"meta\">", StringComparison.Ordinal)];
        Assert.Contains("<div class=\"verdict passed\"><span class=\"verdict-label\">Expectations</span>PASSED: 1 of 1 expectations held", verdicts);
        Assert.Contains("<div class=\"verdict harmed\"><span class=\"verdict-label\">Posture</span>DATA LOST on 20 environments", verdicts);
        Assert.Contains("20 environments offline for 3,360 environment-hours", verdicts);
        Assert.Equal(PostureLevel.DataLost, report.Posture.Level);

        var md = MarkdownReportWriter.Render(report, ControlsTable.Compute(report), [], new("none", "none", "<svg></svg>", []));
        Assert.Contains("**Expectations: PASSED**", md);
        Assert.Contains("**Posture: DATA LOST**: data lost on 20 environments", md);

        using var json = JsonDocument.Parse(ResultsJsonWriter.Render(report, ControlsTable.Compute(report)));
        var posture = json.RootElement.GetProperty("posture");
        Assert.Equal("passed", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("dataLost", posture.GetProperty("verdict").GetString());
        Assert.Equal(20, posture.GetProperty("environmentsDataLost").GetInt32());
        Assert.Equal(3360, posture.GetProperty("environmentHoursOffline").GetDouble());
        Assert.Equal(20, posture.GetProperty("findingsBySeverity").GetProperty("Critical").GetInt32());
    }

    [Fact]
    public void A_run_with_nothing_wrong_is_sound_and_an_outage_alone_is_at_risk()
    {
        var sound = SyntheticRunReport.Build(environments: 10, days: 2, auditEntries: 10) with { Findings = [] };
        Assert.Equal(PostureLevel.Sound, sound.Posture.Level);
        Assert.Contains("verdict sound", ReportLinks.Html(sound));

        var locked = DataLossRun();
        var outageOnly = locked with { Journal = locked.Journal.Where(e => e is not LockedEnvironmentDeleted).ToList() };
        Assert.Equal(PostureLevel.AtRisk, Posture.From(outageOnly.Impact, []).Level);
        Assert.Equal(20, outageOnly.Impact.StillLocked.Count);
    }

    [Fact]
    public void Identical_findings_are_one_row_listing_every_subject_with_risk_remediation_and_the_rule_s_text()
    {
        var report = DataLossRun();
        var html = ReportLinks.Html(report);

        var groups = FindingGroup.Of(report.Findings);
        Assert.Equal(2, groups.Count);
        Assert.Equal((FindingSeverity.Critical, RuleId.LK02, 20), (groups[0].Severity, groups[0].RuleId, groups[0].Findings.Count));
        Assert.Equal((FindingSeverity.High, RuleId.EN09, 20), (groups[1].Severity, groups[1].RuleId, groups[1].Findings.Count));
        Assert.Equal(2, FindingRow().Matches(html).Count);
        Assert.Contains("<details><summary>20 subjects</summary>", html);
        Assert.Contains(E(Lk02LockedEnvironmentDeletion.Guidance.Remediation), html);
        Assert.Contains(E(Lk02LockedEnvironmentDeletion.OutageGuidance.Risk), html);
        var lk02 = CmkSim.Domain.Rules.RuleCatalog.All.Single(r => r.Id == RuleId.LK02);
        Assert.Contains($"{E(lk02.Summary)}&rdquo; <span class=\"note\">(seed section: {E(lk02.Source)})</span>", html);
        // Severities are defined on the page, and the outage group counts its environment-hours.
        Assert.Contains($"<span class=\"Critical\">Critical</span>: {E(FindingSeverityMeaning.Of(FindingSeverity.Critical))}", html);
        Assert.Contains("3,360 environment-hours offline", html);
        // LK-02's evidence is the deletion, the lock and the revocation behind it.
        Assert.Equal([41, 21, 20], groups[0].Findings[0].Evidence);
    }

    [Fact]
    public void Every_link_of_a_report_resolves_to_an_entry_the_page_carries_even_past_the_first_hundreds()
    {
        var report = SyntheticRunReport.Build();
        var cited = report.Findings.SelectMany(f => f.Evidence).Append(1999).ToList();
        report = report with { Findings = [.. report.Findings, new Finding("LK-02", FindingSeverity.Critical, Start.AddDays(80), "environment/env-0001", "late", [1999, 1500])] };

        var html = ReportLinks.Html(report);

        Assert.Empty(ReportLinks.Unresolved(html));
        Assert.Contains("href=\"#audit-1999\"", html);
        Assert.Contains("id=\"audit-1999\"", html);
        Assert.All(cited, i => Assert.Contains($"id=\"audit-{i}\"", html));
        Assert.Empty(ReportLinks.Unresolved(ReportLinks.Html(DataLossRun())));
    }

    [Fact]
    public void The_narrative_puts_key_moments_first_folds_alike_runs_and_counts_routine_events()
    {
        var report = DataLossRun();
        var html = ReportLinks.Html(report);
        var narrative = html[html.IndexOf("id=\"narrative\"", StringComparison.Ordinal)..];

        var keyMoments = narrative[..narrative.IndexOf("id=\"significant\"", StringComparison.Ordinal)];
        Assert.Contains("roleRemoved", keyMoments);
        Assert.Contains("20 &times; environmentLocked", keyMoments);
        Assert.Contains("20 &times; lockedEnvironmentDeleted", keyMoments);
        // Creations are routine: counted, not listed.
        Assert.Contains("<tr><td>environmentCreated</td><td>20</td>", narrative);
        Assert.DoesNotContain("id=\"audit-0\"", narrative);
    }

    [Fact]
    public void The_index_shows_both_verdicts_and_the_posture_columns()
    {
        var folder = ReportFolders.New("posture-index");
        var lost = DataLossRun();
        var sound = SyntheticRunReport.Build(environments: 10, days: 2, auditEntries: 10) with { Findings = [] };

        IndexWriter.Write(folder, [new IndexEntry(lost, "lost/report.html"), new IndexEntry(sound, "sound/report.html")]);

        var html = File.ReadAllText(Path.Combine(folder, ReportFiles.IndexHtml));
        Assert.Contains("<span class=\"verdict-label\">Posture</span>data lost in 1 of 2 scenarios; 0 at risk; 1 sound", html);
        Assert.Contains("<th>posture</th><th>data lost (environments)</th>", html);
        Assert.Contains("<span class=\"verdict-cell harmed\">DATA LOST</span>", html);
        Assert.Contains("**Posture: data lost in 1 of 2 scenarios; 0 at risk; 1 sound**", File.ReadAllText(Path.Combine(folder, ReportFiles.IndexMarkdown)));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Plots_mark_the_revocation_and_the_deadlines_span_the_simulated_window_and_say_what_they_count()
    {
        var report = DataLossRun();

        var markers = CmkSim.Reports.Plots.TimeAxis.Markers(report);

        Assert.Contains(markers, m => m.Legend == "key access revoked" && m.Day == 1);
        Assert.Contains(markers, m => m.Legend.StartsWith("deletion deadline", StringComparison.Ordinal) && m.Day == 8);
        Assert.Equal(10, CmkSim.Reports.Plots.TimeAxis.SpanDays(report));
        var plots = CmkSim.Reports.Plots.ReportPlots.Simulated(report);
        var svg = string.Concat(plots.Select(p => p.Svg));
        Assert.Contains("lost (environment deleted, LK-02)", svg);
        Assert.Contains("key access revoked", svg);
        Assert.Contains("Enabled (environments)", svg);
        Assert.Contains("HSM wrap+unwrap operations per simulated hour", plots.Single(p => p.Name == "hsm-operations").Title);
    }

    private static string E(string text) => System.Net.WebUtility.HtmlEncode(text);

    [GeneratedRegex("<tr id=\"finding-\\d+\">")]
    private static partial Regex FindingRow();
}
