namespace CmkSim.Grains.Policies;

/// <summary>
/// An enterprise-policy template that ARM would refuse. The message reads like a compiler's,
/// <c>policy.json:14:9: properties.encryption.keyVault.key.name: expected a non-empty string</c>, so an admin
/// rehearsing a deployment can go straight to the field; <see cref="RuleId"/> names the rule that refuses it.
/// </summary>
public sealed class TemplateValidationException(
    string sourceName, int line, int column, string fieldPath, string reason, string ruleId)
    : Exception($"{sourceName}:{line}:{column}: {fieldPath}: {reason}")
{
    public string SourceName { get; } = sourceName;

    /// <summary>1-based line of the offending value (of the enclosing object when a field is missing).</summary>
    public int Line { get; } = line;

    /// <summary>1-based column, in characters.</summary>
    public int Column { get; } = column;

    /// <summary>The JSON path of the field, e.g. <c>resources[0].location</c>; <c>$</c> is the document itself.</summary>
    public string FieldPath { get; } = fieldPath;

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Reason { get; } = reason;

    /// <summary>EP-01 (template shape), EP-02 (location) or EP-07 (vault id, kind, identity).</summary>
    public string RuleId { get; } = ruleId;
}
