namespace CmkSim.Scenarios.Actions;

/// <summary>What an action argument holds, and so how it is checked.</summary>
public enum ArgumentKind
{
    /// <summary>Any text.</summary>
    String,

    /// <summary>
    /// The name of a vault, key, policy, backup or other object a step creates or refers to: the one name grammar
    /// (<see cref="Names.ScenarioNames"/>). Whether the object exists is the run's concern (steps create them).
    /// </summary>
    Name,

    /// <summary>
    /// A key vault or Managed HSM of the tenant's: a <see cref="Name"/> that is not one of the platform's own vaults
    /// (<see cref="CmkSim.Domain.Vaults.PlatformVaultNames"/>), which hold Microsoft's keys and which no tenant user reaches.
    /// </summary>
    Vault,
    Int,
    Bool,

    /// <summary>A SimDuration such as <c>90d</c> or <c>P90D</c>.</summary>
    Duration,

    /// <summary>Exact names or <c>*</c> globs, one or a list, matching at least one declared environment.</summary>
    Environments,

    /// <summary>One exact name of a declared environment.</summary>
    Environment,

    /// <summary>A declared tenant user.</summary>
    User,

    /// <summary>A declared subscription.</summary>
    Subscription,

    /// <summary>One of the spec's listed values.</summary>
    Enum,

    /// <summary>A path relative to the scenario file that must exist.</summary>
    File,

    /// <summary>A YAML list of strings.</summary>
    StringList,

    /// <summary>A YAML list of the spec's listed values (compared ignoring case, as Key Vault does).</summary>
    EnumList,

    /// <summary><c>current</c>, <c>previous</c> or a 1-based version number.</summary>
    KeyVersion,

    /// <summary>A share of calls: a decimal number above 0 and at most 1, such as <c>0.2</c>.</summary>
    Share,
}
