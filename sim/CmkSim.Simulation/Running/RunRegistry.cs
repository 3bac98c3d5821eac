namespace CmkSim.Simulation.Running;

/// <summary>The names a run creates (vaults, policies, backups), so the audit log and samples can find every grain.</summary>
public sealed class RunRegistry
{
    public SortedSet<string> Vaults { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Policies { get; } = new(StringComparer.Ordinal);

    /// <summary>Backup name to the environment it was taken of.</summary>
    public Dictionary<string, string> Backups { get; } = new(StringComparer.Ordinal);

    public List<string> Environments { get; } = [];
}
