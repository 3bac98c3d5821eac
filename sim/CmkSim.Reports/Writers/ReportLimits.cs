namespace CmkSim.Reports.Writers;

/// <summary>Where the human-readable reports stop listing and start counting, so a large run still gives a small page.</summary>
public static class ReportLimits
{
    /// <summary>Above this many environments the inventory is shown as counts per policy/status/encryption/key version.</summary>
    public const int InventoryRowsShown = 200;

    /// <summary>Audit entry links shown per rule in the controls table.</summary>
    public const int ProofLinksShown = 12;
}
