using CmkSim.Domain.Rules;

namespace CmkSim.Reports.Controls;

/// <summary>One rule of the catalogue: its ID, kind and a one-line summary for auditors.</summary>
public sealed record RuleInfo(string Id, RuleKind Kind, string Summary)
{
    /// <summary>The kind in the words of cmk-rules.md ("enforced", "consequence + advisory", ...).</summary>
    public string KindText => Kind switch
    {
        RuleKind.Enforced => "enforced",
        RuleKind.Consequence => "consequence",
        RuleKind.Advisory => "advisory",
        _ => "consequence + advisory",
    };
}
