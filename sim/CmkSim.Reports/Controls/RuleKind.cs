namespace CmkSim.Reports.Controls;

/// <summary>How the platform treats a rule (cmk-rules.md): it refuses, it behaves so, or the report raises a finding.</summary>
public enum RuleKind
{
    Enforced,
    Consequence,
    Advisory,
    ConsequenceAndAdvisory,
}
