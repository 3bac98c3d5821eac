namespace CmkSim.Domain.Tenants;

/// <summary>Which licences let a user work in a CMK-protected Managed Environment (rule EN-11).</summary>
public static class LicenseRules
{
    private static readonly HashSet<License> Qualifying =
    [
        License.Microsoft365E5, License.Microsoft365A5, License.Microsoft365G5,
        License.Office365E5, License.Office365A5, License.Office365G5,
        License.Microsoft365E5Compliance, License.Microsoft365A5Compliance, License.Microsoft365G5Compliance,
        License.Microsoft365F5SecurityCompliance, License.InformationProtectionAndGovernance, License.InsiderRiskManagement,
    ];

    /// <summary>The qualifying licences, in declaration order.</summary>
    public static IReadOnlyList<License> QualifyingLicenses { get; } = Enum.GetValues<License>().Where(Qualifying.Contains).ToArray();

    public static bool Qualifies(License license) => Qualifying.Contains(license);

    /// <summary>True when any of the licences qualifies; names that are no known SKU never do.</summary>
    public static bool Qualifies(IEnumerable<string> licenses) =>
        licenses.Any(name => TryParse(name, out var license) && Qualifies(license));

    /// <summary>Reads a SKU name case-insensitively; numeric strings are refused, since a scenario names SKUs, not ordinals.</summary>
    public static bool TryParse(string? name, out License license)
    {
        license = default;
        return !string.IsNullOrWhiteSpace(name) && char.IsLetter(name[0]) && Enum.TryParse(name, ignoreCase: true, out license);
    }
}
