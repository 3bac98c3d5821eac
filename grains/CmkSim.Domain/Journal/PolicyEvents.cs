using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;

namespace CmkSim.Domain.Journal;

/// <summary>One check of an enterprise policy's template passed at creation (EP-01, EP-02, EP-07).</summary>
public sealed record PolicyValidated(string Policy, string Check, string Rule) : JournalEvent(Rule)
{
    public override string Target => $"policy/{Policy}";

    public override string Describe() => Check;
}

/// <summary>EP-03: an enterprise policy was created, and with it its system-assigned identity (the principal a vault admin grants key access to).</summary>
public sealed record PolicyCreated(EnterprisePolicyDefinition Definition, string Identity) : JournalEvent(RuleId.EP03)
{
    public override string Target => $"policy/{Definition.Name}";

    public override string Describe() =>
        $"identity '{Identity}', in {Definition.Location}, key '{Definition.KeyName}'{(Definition.KeyVersion is { } v ? $" version {v}" : "")} of vault '{Definition.Vault}'";
}

/// <summary>EP-04: a user got the Reader role on the policy (needed to add environments to it).</summary>
public sealed record PolicyReaderGranted(string Policy, string User) : JournalEvent(RuleId.EP04)
{
    public override string Target => $"policy/{Policy}";

    public override string Describe() => $"'{User}' is Reader";
}

/// <summary>EP-04: a user lost the Reader role on the policy.</summary>
public sealed record PolicyReaderRemoved(string Policy, string User) : JournalEvent(RuleId.EP04)
{
    public override string Target => $"policy/{Policy}";

    public override string Describe() => $"'{User}' is no longer Reader";
}

/// <summary>EP-06: the policy was deleted (only possible with no environment linked).</summary>
public sealed record PolicyDeleted(string Policy) : JournalEvent(RuleId.EP06)
{
    public override string Target => $"policy/{Policy}";

    public override string Describe() => "deleted";
}

/// <summary>EP-06: the policy was updated (location, key vault, key or key version) while no environment was linked to it.</summary>
public sealed record PolicyUpdated(EnterprisePolicyDefinition Definition) : JournalEvent(RuleId.EP06)
{
    public override string Target => $"policy/{Definition.Name}";

    public override string Describe() =>
        $"now in {Definition.Location}, key '{Definition.KeyName}'{(Definition.KeyVersion is { } v ? $" version {v}" : "")} of vault '{Definition.Vault}'";
}
