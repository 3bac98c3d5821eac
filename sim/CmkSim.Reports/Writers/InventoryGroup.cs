using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>How many environments share one policy, status, encryption status and key version.</summary>
public sealed record InventoryGroup(string Policy, string Status, string Encryption, string KeyVersion, string KeyManagedBy, int Count)
{
    public static IReadOnlyList<InventoryGroup> From(IReadOnlyList<InventoryRow> rows) => rows
        .GroupBy(r => (Policy: r.Policy ?? "(none)", r.Status, r.Encryption, KeyVersion: r.KeyVersion ?? "-", r.KeyManagedBy))
        .Select(g => new InventoryGroup(g.Key.Policy, g.Key.Status, g.Key.Encryption, g.Key.KeyVersion, g.Key.KeyManagedBy, g.Count()))
        .OrderBy(g => g.Policy, StringComparer.Ordinal)
        .ThenBy(g => g.Status, StringComparer.Ordinal)
        .ThenBy(g => g.Encryption, StringComparer.Ordinal)
        .ThenBy(g => g.KeyVersion, StringComparer.Ordinal)
        .ThenBy(g => g.KeyManagedBy, StringComparer.Ordinal)
        .ToList();
}
