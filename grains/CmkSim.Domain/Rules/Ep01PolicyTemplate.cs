namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EP-01: "The policy is created from the ARM template: type Microsoft.PowerPlatform/enterprisePolicies,
/// apiVersion 2020-10-30, kind Encryption, identity SystemAssigned, properties.encryption.state Enabled, keyVault.id,
/// keyVault.key.name. A malformed template is refused with the field that is wrong." The template's fields are read by
/// the template reader (Policies/TemplateFieldReader); here: a policy is created once, and only a created one exists.
/// </summary>
[RuleHome(RuleId.EP01)]
public static class Ep01PolicyTemplate
{
    /// <param name="canCreate">Whether the policy machine may fire its create (it was never created, or was deleted).</param>
    [Enforces(RuleId.EP01)]
    public static Decision? CreateRefusal(string policy, bool canCreate) => canCreate
        ? null
        : Decision.Refuse(RuleId.EP01, $"policy '{policy}' already exists: it is created once from its template");

    /// <summary>Deleting a policy in no state to be deleted (and not held by EP-06): it was never created, or is gone.</summary>
    [Enforces(RuleId.EP01)]
    public static Decision NotFoundRefusal(string policy) =>
        Decision.Refuse(RuleId.EP01, $"policy '{policy}' not found (never created from its template, or deleted)");

    /// <summary>
    /// A template the run can no longer read (moved, grown past its limit, swapped for a link since the scenario was
    /// loaded): no deployment without its template.
    /// </summary>
    [Enforces(RuleId.EP01)]
    public static Decision UnreadableTemplateRefusal(string template, string problem) =>
        Decision.Refuse(RuleId.EP01, $"template '{template}': {problem}");

    /// <summary>A template that no longer parses: refused with the field that is wrong and the rule the field answers to (EP-01's own, or EP-02's location).</summary>
    [Enforces(RuleId.EP01)]
    public static Decision MalformedTemplateRefusal(string template, string problem, string rule) =>
        Decision.Refuse(rule, $"template '{template}': {problem}");

    /// <summary>Granting or removing Reader on a policy that does not exist: a 404, as for every operation on a missing policy.</summary>
    [Enforces(RuleId.EP01)]
    public static Decision? ReaderRefusal(string policy, bool exists) => exists ? null : NotFoundRefusal(policy);
}
