namespace CmkSim.Reports.Model;

/// <summary>One environment at the end of the run, as the admin center's list shows it.</summary>
public sealed record InventoryRow(
    string Environment,
    string? Policy,
    string Status,
    string Encryption,
    string? KeyVersion,
    string KeyManagedBy);
