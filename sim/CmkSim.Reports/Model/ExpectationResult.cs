namespace CmkSim.Reports.Model;

/// <summary>One expectation of the scenario file, checked: its text, when it was checked, the outcome and why.</summary>
public sealed record ExpectationResult(
    int Index,
    string Text,
    DateTimeOffset? At,
    bool Passed,
    string Detail,
    string? RuleId,
    int SourceLine);
