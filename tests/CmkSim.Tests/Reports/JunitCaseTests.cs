using System.Xml.Linq;

namespace CmkSim.Tests.Reports;

/// <summary>junit.xml: every test case carries ruleId and severity; each finding is a failed test case of its own.</summary>
public sealed class JunitCaseTests(SignedReportFixture fixture) : IClassFixture<SignedReportFixture>
{
    [Fact]
    public void Every_testcase_has_ruleId_and_severity_and_each_finding_is_a_failed_case()
    {
        var junit = XDocument.Load(Path.Combine(fixture.Folder, "junit.xml"));
        var cases = junit.Descendants("testcase").ToList();

        Assert.Equal(fixture.Report.Expectations.Count + fixture.Report.Findings.Count, cases.Count);
        Assert.All(cases, c => Assert.Equal(["ruleId", "severity"], c.Element("properties")!.Elements("property").Select(p => p.Attribute("name")!.Value)));
        var suites = junit.Root!.Elements("testsuite").ToList();
        Assert.Equal(2, suites.Count);
        var findings = suites[1].Elements("testcase").ToList();
        Assert.Equal(fixture.Report.Findings.Count, findings.Count);
        Assert.All(findings, c => Assert.NotNull(c.Element("failure")));
        var en08 = findings[0];
        Assert.Equal("EN-08", Property(en08, "ruleId"));
        Assert.Equal("high", Property(en08, "severity"));
        Assert.Equal("EN-08", en08.Element("failure")!.Attribute("type")!.Value);
        Assert.Contains("#8, #18", en08.Element("failure")!.Value);
        Assert.Equal("expectation", Property(suites[0].Elements("testcase").First(), "severity"));
        Assert.Equal((1 + fixture.Report.Findings.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), junit.Root.Attribute("failures")!.Value);
    }

    private static string Property(XElement testcase, string name) =>
        testcase.Element("properties")!.Elements("property").Single(p => p.Attribute("name")!.Value == name).Attribute("value")!.Value;
}
