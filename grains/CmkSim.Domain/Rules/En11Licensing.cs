using CmkSim.Domain.Tenants;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-11: "The policy is enforced only on Managed Environments, and users in those environments need one of the
/// listed licences (Microsoft 365 / Office 365 A5/E5/G5, the Compliance, F5 Security &amp; Compliance, Information
/// Protection and Governance or Insider Risk Management SKUs)." The list itself is <see cref="LicenseRules"/>, next to
/// the <see cref="License"/> vocabulary the scenario loader reads.
/// </summary>
[RuleHome(RuleId.EN11)]
public static class En11Licensing
{
    /// <summary>Add environment: the admin adding it must hold a qualifying licence.</summary>
    [Enforces(RuleId.EN11)]
    public static Decision? Refusal(string actor, IEnumerable<string> licenses) => LicenseRules.Qualifies(licenses)
        ? null
        : Decision.Refuse(RuleId.EN11, $"'{actor}' has none of the licences CMK requires (Microsoft 365 E5/A5/G5 or a listed compliance SKU)");

    /// <summary>Removing a licence the user does not hold is refused citing EN-11.</summary>
    [Enforces(RuleId.EN11)]
    public static Decision? LicenseRemovalRefusal(string user, TenantUser? current, string license) =>
        current is null || !current.Licenses.Contains(license, StringComparer.Ordinal)
            ? Decision.Refuse(RuleId.EN11, $"'{user}' has no {license} licence")
            : null;
}
