namespace CmkSim.Grains.Policies;

/// <summary>
/// An enterprise-policy template that ARM would refuse. The message reads like a compiler's,
/// <c>policy.json:14:9: properties.encryption.keyVault.key.name: expected a non-empty string</c>, so an admin
/// rehearsing a deployment can go straight to the field; <see cref="RuleId"/> names the rule that refuses it.
/// A template with several wrong fields gives one exception whose <see cref="Problems"/> lists each (the
/// properties describe the first; the message has one line per problem).
/// </summary>
public sealed class TemplateValidationException : Exception
{
    public TemplateValidationException(string sourceName, int line, int column, string fieldPath, string reason, string ruleId)
        : base($"{sourceName}:{line}:{column}: {fieldPath}: {reason}")
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        FieldPath = fieldPath;
        Reason = reason;
        RuleId = ruleId;
        Problems = [this];
    }

    private TemplateValidationException(IReadOnlyList<TemplateValidationException> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Message)))
    {
        var first = problems[0];
        (SourceName, Line, Column, FieldPath, Reason, RuleId) = (first.SourceName, first.Line, first.Column, first.FieldPath, first.Reason, first.RuleId);
        Problems = problems;
    }

    public string SourceName { get; }

    /// <summary>1-based line of the offending value (of the enclosing object when a field is missing).</summary>
    public int Line { get; }

    /// <summary>1-based column, in characters.</summary>
    public int Column { get; }

    /// <summary>The JSON path of the field, e.g. <c>resources[0].location</c>; <c>$</c> is the document itself.</summary>
    public string FieldPath { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Reason { get; }

    /// <summary>EP-01 (template shape), EP-02 (location) or EP-07 (vault id, kind, identity).</summary>
    public string RuleId { get; }

    /// <summary>Every problem found, in document order of the checks; just this one when there is one.</summary>
    public IReadOnlyList<TemplateValidationException> Problems { get; }

    /// <summary>One exception for all of <paramref name="problems"/> (at least one).</summary>
    public static TemplateValidationException Of(IReadOnlyList<TemplateValidationException> problems) =>
        problems.Count == 1 ? problems[0] : new TemplateValidationException(problems);
}
