namespace CmkSim.Domain.Rules;

/// <summary>How a rule acts, as <c>shared/cmk-rules.md</c> classes it.</summary>
public enum RuleKind
{
    /// <summary>The platform refuses the action; nothing changes and the audit log records the denial.</summary>
    Enforced,

    /// <summary>The action is allowed and the model must then behave as the seed says.</summary>
    Consequence,

    /// <summary>The action is allowed; the compliance report raises a finding.</summary>
    Advisory,

    /// <summary>Both: the model behaves as the seed says and the report raises a finding (EN-08).</summary>
    ConsequenceAndAdvisory,
}
