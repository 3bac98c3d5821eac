namespace CmkSim.Grains.Tenants;

/// <summary>The licences that qualify users of a CMK-protected Managed Environment (rule EN-11).</summary>
public static class Licensing
{
    public static IReadOnlySet<string> Qualifying { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft365E5", "Microsoft365A5", "Microsoft365G5",
        "Office365E5", "Office365A5", "Office365G5",
        "Microsoft365E5Compliance", "Microsoft365A5Compliance", "Microsoft365G5Compliance",
        "Microsoft365F5SecurityCompliance", "InformationProtectionAndGovernance", "InsiderRiskManagement",
    };

    public static bool Qualifies(IEnumerable<string> licenses) => licenses.Any(Qualifying.Contains);
}
