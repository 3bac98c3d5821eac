using System.Text.Json;
using CmkSim.Reports.Controls;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>results.json (schema in reports/SCHEMA.md): everything deterministic about a run, no wall-clock values.</summary>
public static class ResultsJsonWriter
{
    public const int SchemaVersion = 1;

    public static string Render(RunReport report, IReadOnlyList<ControlRow> controls) => ReportJson.Write(w =>
    {
        var s = report.Scenario;
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartObject("scenario");
        w.WriteString("name", s.Name);
        w.WriteString("description", s.Description);
        w.WriteString("sourceFile", s.SourceFile);
        w.WriteNumber("scale", s.Scale);
        ReportJson.Time(w, "simulationStart", s.SimulationStart);
        ReportJson.Time(w, "simulationEnd", s.SimulationEnd);
        w.WriteEndObject();
        w.WriteNumber("seed", s.Seed);
        w.WriteString("version", s.ToolVersion);
        w.WriteString("outcome", report.Passed ? "passed" : "failed");
        PostureJson(w, report);
        Expectations(w, report);
        Findings(w, report);
        Rules(w, controls);
        Counts(w, report);
        w.WriteStartObject("totals");
        w.WriteNumber("auditEntries", report.Journal.Count);
        w.WriteNumber("environments", report.Inventory.Count);
        w.WriteNumber("hsmOperations", report.Timeline.Sum(t => (long)t.HsmOperations));
        w.WriteEndObject();
        Throttling(w, report);
        w.WriteEndObject();
    }) + "\n";

    /// <summary>Only when the scenario turned throttling on: runs without it write what they always wrote.</summary>
    private static void Throttling(Utf8JsonWriter w, RunReport report)
    {
        if (report.Throttling is not { } t)
        {
            return;
        }

        w.WriteStartObject("throttling");
        w.WriteStartObject("vaultLimitsPer10s");
        w.WriteNumber("rsa2048", t.Settings.Vault.Rsa2048);
        w.WriteNumber("rsa3072", t.Settings.Vault.Rsa3072);
        w.WriteNumber("rsa4096", t.Settings.Vault.Rsa4096);
        w.WriteNumber("create", t.Settings.Vault.Create);
        w.WriteEndObject();
        w.WriteNumber("subscriptionMultiplier", t.Settings.SubscriptionMultiplier);
        w.WriteNumber("admitted", t.Admitted);
        w.WriteNumber("rejected", t.Rejected);
        w.WriteStartArray("vaults");
        foreach (var vault in t.Vaults)
        {
            foreach (var group in vault.Windows.GroupBy(x => (x.Class, x.Limit)))
            {
                w.WriteStartObject();
                w.WriteString("vault", vault.Vault);
                w.WriteString("class", group.Key.Class);
                w.WriteNumber("limitPer10s", group.Key.Limit);
                w.WriteNumber("windows", group.Count());
                w.WriteNumber("peakPer10s", group.Max(x => x.Admitted + x.Rejected));
                w.WriteNumber("admitted", group.Sum(x => (long)x.Admitted));
                w.WriteNumber("rejected", group.Sum(x => (long)x.Rejected));
                w.WriteNumber("windowsWith429", group.Count(x => x.Rejected > 0));
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        var delayed = ThrottlingReport.Delayed(report.Journal);
        w.WriteStartObject("delayed");
        w.WriteNumber("operations", delayed.Count);
        w.WriteNumber("rejections", delayed.Sum(d => (long)d.Delay.Rejections));
        w.WriteNumber("maxAddedSeconds", delayed.Count == 0 ? 0 : delayed.Max(d => d.Delay.Added.TotalSeconds));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Expectations(Utf8JsonWriter w, RunReport report)
    {
        w.WriteStartArray("expectations");
        foreach (var e in report.Expectations)
        {
            w.WriteStartObject();
            w.WriteNumber("index", e.Index);
            w.WriteString("text", e.Text);
            ReportJson.Time(w, "at", e.At);
            w.WriteString("outcome", e.Passed ? "passed" : "failed");
            w.WriteString("detail", e.Detail);
            WriteNullable(w, "ruleId", e.RuleId);
            w.WriteNumber("sourceLine", e.SourceLine);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Findings(Utf8JsonWriter w, RunReport report)
    {
        w.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("severity", f.Severity.ToString());
            ReportJson.Time(w, "time", f.Time);
            w.WriteString("subject", f.Subject);
            w.WriteString("message", f.Message);
            w.WriteStartArray("evidence");
            foreach (var index in f.Evidence)
            {
                w.WriteNumberValue(index);
            }

            w.WriteEndArray();
            if (f.Guidance is { } guidance)
            {
                w.WriteString("title", guidance.Title);
                w.WriteString("risk", guidance.Risk);
                w.WriteString("remediation", guidance.Remediation);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The second verdict and the impact figures behind it (hours rounded to 0.01 so the file stays stable).</summary>
    private static void PostureJson(Utf8JsonWriter w, RunReport report)
    {
        var p = report.Posture;
        var impact = report.Impact;
        w.WriteStartObject("posture");
        w.WriteString("verdict", p.Level switch { PostureLevel.DataLost => "dataLost", PostureLevel.AtRisk => "atRisk", _ => "sound" });
        w.WriteNumber("environmentsDataLost", p.DataLost);
        w.WriteNumber("environmentsOffline", p.EnvironmentsOffline);
        w.WriteNumber("environmentHoursOffline", Math.Round(p.EnvironmentHours, 2));
        w.WriteNumber("backupsUnrestorable", p.BackupsUnrestorable);
        w.WriteStartObject("findingsBySeverity");
        foreach (var (severity, count) in p.FindingsBySeverity)
        {
            w.WriteNumber(severity.ToString(), count);
        }

        w.WriteEndObject();
        foreach (var (name, rows) in new[] { ("byCause", impact.ByCause), ("byPolicy", impact.ByPolicy), ("byRegion", impact.ByRegion) })
        {
            w.WriteStartArray(name);
            foreach (var r in rows)
            {
                w.WriteStartObject();
                w.WriteString("key", r.Key);
                w.WriteNumber("environmentsOffline", r.EnvironmentsOffline);
                w.WriteNumber("environmentHoursOffline", Math.Round(r.EnvironmentHours, 2));
                w.WriteNumber("stillLocked", r.StillLocked);
                w.WriteNumber("dataLost", r.DataLost);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("stillLocked");
        foreach (var o in impact.StillLocked)
        {
            w.WriteStartObject();
            w.WriteString("environment", o.Environment);
            w.WriteString("ruleId", o.Rule);
            ReportJson.Time(w, "locked", o.Start);
            ReportJson.Time(w, "deletionDeadline", o.Deadline);
            w.WriteNumber("lockEntry", o.LockPosition);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("dataLost");
        impact.DataLost.ToList().ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Rules(Utf8JsonWriter w, IReadOnlyList<ControlRow> controls)
    {
        w.WriteStartArray("rules");
        foreach (var c in controls)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", c.RuleId);
            w.WriteString("kind", c.Kind);
            w.WriteString("summary", c.Summary);
            w.WriteString("verdict", c.Verdict.ToString());
            w.WriteStartArray("nistControls");
            c.NistControls.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteStartArray("auditEntries");
            c.AuditIndexes.ToList().ForEach(w.WriteNumberValue);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Counts(Utf8JsonWriter w, RunReport report)
    {
        w.WriteStartArray("counts");
        foreach (var t in report.Timeline)
        {
            w.WriteStartObject();
            ReportJson.Time(w, "time", t.Time);
            ReportJson.Counts(w, "byStatus", t.ByStatus);
            ReportJson.Counts(w, "byEncryption", t.ByEncryption);
            ReportJson.Counts(w, "byKeyVersion", t.ByKeyVersion);
            w.WriteNumber("readableRecords", t.ReadableRecords);
            w.WriteNumber("unreadableRecords", t.UnreadableRecords);
            w.WriteNumber("lostRecords", t.LostRecords);
            w.WriteNumber("hsmOperations", t.HsmOperations);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
