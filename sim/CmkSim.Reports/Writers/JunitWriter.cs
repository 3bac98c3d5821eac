using System.Text;
using System.Xml;
using CmkSim.Domain.Compliance;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>
/// junit.xml, so CI systems show a scenario like a test suite: one suite of the scenario's expectations (one test
/// case each, failed when the expectation failed) and one suite of its compliance findings (one failed test case per
/// finding). Every test case carries the properties <c>ruleId</c> and <c>severity</c>: a finding's severity
/// (low/medium/high/critical), or <c>expectation</c> for a scripted assertion.
/// </summary>
public static class JunitWriter
{
    /// <summary>The severity property of an expectation's test case: it is an assertion, not a graded finding.</summary>
    public const string ExpectationSeverity = "expectation";

    public static string Render(RunReport report)
    {
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            var failures = report.Expectations.Count(e => !e.Passed);
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "cmksim");
            xml.WriteAttributeString("tests", Invariant(report.Expectations.Count + report.Findings.Count));
            xml.WriteAttributeString("failures", Invariant(failures + report.Findings.Count));
            Suite(xml, XmlText.Clean(report.Scenario.Name), report.Expectations.Count, failures);
            foreach (var e in report.Expectations)
            {
                Case(xml, report, $"[{e.Index}] {e.Text}", e.SourceLine, e.RuleId, ExpectationSeverity);
                if (!e.Passed)
                {
                    Failure(xml, e.Detail, e.RuleId ?? "expectation", Describe(report, e));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            Suite(xml, XmlText.Clean($"{report.Scenario.Name} findings"), report.Findings.Count, report.Findings.Count);
            var number = 0;
            foreach (var f in report.Findings)
            {
                var severity = f.Severity.ToString().ToLowerInvariant();
                Case(xml, report, $"[finding {++number}] {f.RuleId} {severity}: {f.Subject}", 0, f.RuleId, severity);
                Failure(xml, f.Message, f.RuleId, Describe(report, f));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Suite(XmlWriter xml, string name, int tests, int failures)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("tests", Invariant(tests));
        xml.WriteAttributeString("failures", Invariant(failures));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
    }

    // Opens a testcase (the caller closes it) with its properties first, as JUnit readers expect them.
    private static void Case(XmlWriter xml, RunReport report, string name, int line, string? ruleId, string severity)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", XmlText.Clean($"cmksim.{report.Scenario.Name}"));
        xml.WriteAttributeString("name", XmlText.Clean(name));
        xml.WriteAttributeString("file", XmlText.Clean(report.Scenario.SourceFile));
        if (line > 0)
        {
            xml.WriteAttributeString("line", Invariant(line));
        }

        xml.WriteAttributeString("time", "0");
        xml.WriteStartElement("properties");
        Property(xml, "ruleId", ruleId ?? "");
        Property(xml, "severity", severity);
        xml.WriteEndElement();
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private static void Failure(XmlWriter xml, string message, string type, string text)
    {
        xml.WriteStartElement("failure");
        xml.WriteAttributeString("message", XmlText.Clean(message));
        xml.WriteAttributeString("type", XmlText.Clean(type));
        xml.WriteString(XmlText.Clean(text));
        xml.WriteEndElement();
    }

    private static string Describe(RunReport report, ExpectationResult e) =>
        $"{report.Scenario.SourceFile}:{e.SourceLine}: {e.Text}\n" +
        (e.At is { } at ? $"checked at {ReportFormat.Time(at)} ({ReportFormat.Day(report.Scenario.SimulationStart, at)})\n" : "") +
        (e.RuleId is { } rule ? $"rule {rule}\n" : "") + e.Detail;

    private static string Describe(RunReport report, Finding f) =>
        $"{f.RuleId} ({f.Severity.ToString().ToLowerInvariant()}) on {f.Subject} at {ReportFormat.Time(f.Time)} " +
        $"({ReportFormat.Day(report.Scenario.SimulationStart, f.Time)})\n{f.Message}\n" +
        (f.Evidence.Count > 0 ? $"evidence: audit entries #{string.Join(", #", f.Evidence)} (report.html#audit-N, audit.jsonl line N+1)" : "evidence: none");

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
