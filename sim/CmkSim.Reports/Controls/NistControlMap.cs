namespace CmkSim.Reports.Controls;

/// <summary>
/// Which NIST SP 800-53 controls each rule gives evidence for. Enforced rules also carry AU-12: each refusal is
/// recorded as an audit record.
/// </summary>
public static class NistControlMap
{
    public static IReadOnlyDictionary<string, string> Titles { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["AC-5"] = "Separation of Duties",
        ["AC-6"] = "Least Privilege",
        ["AU-2"] = "Event Logging",
        ["AU-12"] = "Audit Record Generation",
        ["CP-9"] = "System Backup",
        ["CP-10"] = "System Recovery and Reconstitution",
        ["SC-12"] = "Cryptographic Key Establishment and Management",
        ["SC-28"] = "Protection of Information at Rest",
    };

    private static readonly Dictionary<string, string[]> Map = new(StringComparer.Ordinal)
    {
        ["KV-01"] = ["SC-12", "SC-28", "CP-9", "AU-12"],
        ["KV-02"] = ["SC-12", "AU-12"],
        ["KV-03"] = ["SC-12", "AC-6", "AU-12"],
        ["KV-04"] = ["SC-12", "AC-6", "AU-12"],
        ["KV-05"] = ["SC-12", "AU-12"],
        ["KV-06"] = ["SC-12", "AC-6", "AU-12"],
        ["KV-07"] = ["SC-12", "AU-12"],
        ["EP-01"] = ["SC-12", "SC-28", "AU-12"],
        ["EP-02"] = ["SC-28", "AU-12"],
        ["EP-03"] = ["SC-12", "AC-6"],
        ["EP-04"] = ["AC-5", "AC-6", "AU-12"],
        ["EP-05"] = ["SC-28", "AU-12"],
        ["EP-06"] = ["SC-12", "AU-12"],
        ["EP-07"] = ["SC-12", "AC-6", "AU-12"],
        ["EN-01"] = ["SC-28", "AU-12"],
        ["EN-02"] = ["AC-5", "AC-6", "AU-12"],
        ["EN-03"] = ["SC-12", "SC-28"],
        ["EN-04"] = ["SC-28"],
        ["EN-05"] = ["SC-12", "CP-9", "CP-10"],
        ["EN-06"] = ["SC-12", "SC-28"],
        ["EN-07"] = ["SC-12"],
        ["EN-08"] = ["SC-12", "CP-9", "CP-10"],
        ["EN-09"] = ["SC-12", "SC-28", "CP-10"],
        ["EN-10"] = ["SC-28"],
        ["EN-11"] = ["SC-28", "AU-12"],
        ["EN-12"] = ["SC-28", "AU-2"],
        ["EN-13"] = ["SC-12", "SC-28"],
        ["DB-01"] = ["CP-9", "CP-10", "SC-28", "AU-12"],
        ["DB-02"] = ["CP-9", "SC-28", "AU-12"],
        ["DB-03"] = ["SC-28", "AC-6", "AU-12"],
        ["DB-04"] = ["CP-9", "SC-28"],
        ["SD-01"] = ["AC-5", "AC-6"],
        ["SD-02"] = ["SC-12", "CP-9", "CP-10"],
        ["LK-01"] = ["SC-12", "SC-28", "AU-2"],
        ["LK-02"] = ["CP-9", "CP-10", "SC-28"],
        ["LK-03"] = ["SC-12", "AC-6", "CP-10", "AU-12"],
        ["BY-01"] = ["SC-12", "CP-9"],
    };

    /// <summary>The controls for a rule; none for an ID outside the catalogue.</summary>
    public static IReadOnlyList<string> For(string ruleId) => Map.TryGetValue(ruleId, out var controls) ? controls : [];
}
