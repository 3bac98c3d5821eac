using CmkSim.Reports.Controls;

namespace CmkSim.Tests.Reports;

public sealed class ControlsTableTests
{
    [Fact]
    public void Verdicts_are_fail_for_a_failed_expectation_finding_for_a_finding_else_pass()
    {
        var report = SyntheticRunReport.Build(environments: 20, days: 10, auditEntries: 100);

        var rows = ControlsTable.Compute(report).ToDictionary(r => r.RuleId);

        Assert.Equal(ControlVerdict.Fail, rows["LK-01"].Verdict);
        Assert.Equal(ControlVerdict.Finding, rows["EN-08"].Verdict);
        Assert.Equal(ControlVerdict.Finding, rows["SD-02"].Verdict);
        Assert.Equal(ControlVerdict.Pass, rows["KV-06"].Verdict);
        Assert.Empty(rows["SD-02"].AuditIndexes);
        Assert.All(rows["KV-06"].AuditIndexes, i => Assert.Equal("KV-06", report.Journal[i].Rule));
        Assert.Contains("AC-6", rows["KV-06"].NistControls);
        Assert.Equal(["KV-06", "KV-07", "EP-04"], rows.Keys.Take(3));
    }

    [Fact]
    public void Every_catalogue_rule_maps_to_NIST_controls_with_titles()
    {
        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.NotEmpty(NistControlMap.For(rule.Id));
            Assert.All(NistControlMap.For(rule.Id), c => Assert.True(NistControlMap.Titles.ContainsKey(c), c));
        });
    }
}
