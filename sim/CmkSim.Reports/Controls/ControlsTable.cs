using CmkSim.Reports.Model;

namespace CmkSim.Reports.Controls;

/// <summary>Computes the controls table: one row per rule ID that any audit entry, expectation or finding cites.</summary>
public static class ControlsTable
{
    public static IReadOnlyList<ControlRow> Compute(RunReport report)
    {
        var proof = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < report.Journal.Count; i++)
        {
            if (report.Journal[i].Rule is { Length: > 0 } id)
            {
                Proof(proof, id).Add(i);
            }
        }

        foreach (var expectation in report.Expectations)
        {
            if (expectation.RuleId is { Length: > 0 } id)
            {
                Proof(proof, id);
            }
        }

        // A finding's evidence proves its rule too (SD-01 is proved by the admin's two entries, not by an entry citing it).
        foreach (var finding in report.Findings)
        {
            Proof(proof, finding.RuleId).AddRange(finding.Evidence);
        }

        return proof
            .OrderBy(p => RuleCatalog.Order(p.Key))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Row(report, p.Key, p.Value.Distinct().Order().ToList()))
            .ToList();
    }

    private static List<int> Proof(Dictionary<string, List<int>> proof, string id)
    {
        if (!proof.TryGetValue(id, out var list))
        {
            proof[id] = list = [];
        }

        return list;
    }

    private static ControlRow Row(RunReport report, string id, List<int> auditIndexes)
    {
        var verdict = report.Expectations.Any(e => e.RuleId == id && !e.Passed) ? ControlVerdict.Fail
            : report.Findings.Any(f => f.RuleId == id) ? ControlVerdict.Finding
            : ControlVerdict.Pass;
        var rule = RuleCatalog.Find(id);
        return new ControlRow(id, rule?.KindText ?? "unknown", rule?.Summary ?? "(not in the rule catalogue)",
            verdict, auditIndexes, NistControlMap.For(id));
    }
}
