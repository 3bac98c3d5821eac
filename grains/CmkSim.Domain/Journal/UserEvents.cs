using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;

namespace CmkSim.Domain.Journal;

/// <summary>EN-02: a user was given an Entra admin role during the run (from then on they may manage encryption).</summary>
public sealed record EntraRoleAssigned(string User, EntraRole Role) : JournalEvent(RuleId.EN02)
{
    public override string Target => $"user/{User}";

    public override string Describe() => $"Entra role {Role} assigned";
}

/// <summary>EN-02: a user's Entra admin role was removed during the run.</summary>
public sealed record EntraRoleRemoved(string User, EntraRole Role) : JournalEvent(RuleId.EN02)
{
    public override string Target => $"user/{User}";

    public override string Describe() => $"Entra role {Role} removed";
}

/// <summary>EN-02: a user account was deactivated: an inactive user can't manage an environment's encryption.</summary>
public sealed record UserDeactivated(string User) : JournalEvent(RuleId.EN02)
{
    public override string Target => $"user/{User}";

    public override string Describe() => "account deactivated";
}

/// <summary>EN-11: a licence was taken from a user during the run.</summary>
public sealed record LicenseRemoved(string User, string License) : JournalEvent(RuleId.EN11)
{
    public override string Target => $"user/{User}";

    public override string Describe() => $"licence {License} removed";
}

/// <summary>The operation names a refused user change journals (the scenario actions use the same words).</summary>
public static class UserOperations
{
    public const string AssignEntraRole = "assignEntraRole";
    public const string RemoveEntraRole = "removeEntraRole";
    public const string DeactivateUser = "deactivateUser";
    public const string RemoveLicense = "removeLicense";
}
