using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Tenants;

namespace CmkSim.Grains.Tenants;

/// <summary>The licences that qualify users of a CMK-protected Managed Environment (rule EN-11), as SKU names.</summary>
public static class Licensing
{
    // One list: the contract's LicenseRules owns it; this keeps the string view tenant users carry.
    public static IReadOnlySet<string> Qualifying { get; } =
        new HashSet<string>(LicenseRules.QualifyingLicenses.Select(l => l.ToString()), StringComparer.OrdinalIgnoreCase);

    public static bool Qualifies(IEnumerable<string> licenses) => LicenseRules.Qualifies(licenses);
}
