namespace CmkSim.Reports.Controls;

/// <summary>One row of the controls table: a rule the run touched, its verdict, its proof and its NIST controls.</summary>
public sealed record ControlRow(
    string RuleId,
    string Kind,
    string Summary,
    ControlVerdict Verdict,
    IReadOnlyList<int> AuditIndexes,
    IReadOnlyList<string> NistControls);
