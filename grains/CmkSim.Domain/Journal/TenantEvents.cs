using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;

namespace CmkSim.Domain.Journal;

/// <summary>A user joined the tenant with these Entra roles and licences (SD-01 reads the roles; EN-02 and EN-11 the rest).</summary>
public sealed record UserAdded(string User, IReadOnlyList<EntraRole> Roles, IReadOnlyList<string> Licenses, bool Active) : JournalEvent
{
    public override string Target => $"user/{User}";

    public override string Describe() =>
        $"roles={string.Join(',', Roles)} licenses={string.Join(',', Licenses)} active={Active}";
}

/// <summary>KV-05: the subscription registered the Microsoft.PowerPlatform resource provider.</summary>
public sealed record ResourceProviderRegistered(string Subscription) : JournalEvent(RuleId.KV05)
{
    public override string Target => $"subscription/{Subscription}";

    public override string Describe() => "Microsoft.PowerPlatform registered";
}
