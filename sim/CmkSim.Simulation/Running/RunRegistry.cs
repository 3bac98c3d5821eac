namespace CmkSim.Simulation.Running;

/// <summary>The names a run creates (vaults, policies, backups), so the audit log and samples can find every grain.</summary>
public sealed class RunRegistry
{
    public SortedSet<string> Vaults { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Policies { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Every vault a step addressed, created or not: a refusal on a vault that was never created is journaled by that
    /// vault's grain, and the audit log must find it (every refusal is in audit.jsonl).
    /// </summary>
    public SortedSet<string> AddressedVaults { get; } = new(StringComparer.Ordinal);

    /// <summary>Every enterprise policy a step addressed, created or not (as <see cref="AddressedVaults"/>).</summary>
    public SortedSet<string> AddressedPolicies { get; } = new(StringComparer.Ordinal);

    /// <summary>Backup name to the environment it was taken of.</summary>
    public Dictionary<string, string> Backups { get; } = new(StringComparer.Ordinal);

    public List<string> Environments { get; } = [];

    /// <summary>Runbook operations by the id the 202 answer gave (the step's <c>operation:</c> name, or a generated one).</summary>
    public Dictionary<string, RunbookOperation> Operations { get; } = new(StringComparer.Ordinal);

    /// <summary>The latest swap of each environment, while and after it runs.</summary>
    public Dictionary<string, SwapProgress> Swaps { get; } = new(StringComparer.Ordinal);
}
