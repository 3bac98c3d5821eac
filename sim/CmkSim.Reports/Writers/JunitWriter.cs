using System.Text;
using System.Xml;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>junit.xml: one testcase per expectation, so CI systems show a scenario like a test suite.</summary>
public static class JunitWriter
{
    public static string Render(RunReport report)
    {
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            var failures = report.Expectations.Count(e => !e.Passed);
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "cmksim");
            xml.WriteAttributeString("tests", Invariant(report.Expectations.Count));
            xml.WriteAttributeString("failures", Invariant(failures));
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", XmlText.Clean(report.Scenario.Name));
            xml.WriteAttributeString("tests", Invariant(report.Expectations.Count));
            xml.WriteAttributeString("failures", Invariant(failures));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            foreach (var e in report.Expectations)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", XmlText.Clean($"cmksim.{report.Scenario.Name}"));
                xml.WriteAttributeString("name", XmlText.Clean($"[{e.Index}] {e.Text}"));
                xml.WriteAttributeString("file", XmlText.Clean(report.Scenario.SourceFile));
                xml.WriteAttributeString("line", Invariant(e.SourceLine));
                xml.WriteAttributeString("time", "0");
                if (!e.Passed)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", XmlText.Clean(e.Detail));
                    xml.WriteAttributeString("type", XmlText.Clean(e.RuleId ?? "expectation"));
                    xml.WriteString(XmlText.Clean(Describe(report, e)));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Describe(RunReport report, ExpectationResult e) =>
        $"{report.Scenario.SourceFile}:{e.SourceLine}: {e.Text}\n" +
        (e.At is { } at ? $"checked at {ReportFormat.Time(at)} ({ReportFormat.Day(report.Scenario.SimulationStart, at)})\n" : "") +
        (e.RuleId is { } rule ? $"rule {rule}\n" : "") + e.Detail;

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
