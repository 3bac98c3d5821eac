using CmkSim.Engine.Time;

namespace CmkSim.Scenarios.Names;

/// <summary>
/// Every bound a scenario is checked against, in one place (scenarios/FORMAT.md, "Limits", lists the same). A
/// scenario is untrusted input: each bound keeps validation O(file) and a run within memory and time a laptop or
/// a CI runner has, and each is far above what the library's scenarios use.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>Names become report folders, file names and table cells: short enough for every file system (255 bytes) with room to spare.</summary>
    public const int NameLength = 64;

    /// <summary>A description is a paragraph or a few, shown in reports; more is a pasted file.</summary>
    public const int DescriptionLength = 4_000;

    /// <summary>The largest library scenario is under 10 KiB; 1 MiB is read into memory at once without concern.</summary>
    public const int ScenarioFileBytes = 1024 * 1024;

    /// <summary>The seed's ARM template is under 2 KiB; 256 KiB is ARM's own cap on a template.</summary>
    public const int TemplateFileBytes = 256 * 1024;

    /// <summary>Concrete environments after <c>{n}</c> and <c>--scale</c>: each is a grain with a data key; 100,000 run in about a GiB.</summary>
    public const int Environments = 100_000;

    /// <summary><c>--scale</c>: 1,000 times the largest library tenant (120 environments) is already past <see cref="Environments"/>.</summary>
    public const int MinScale = 1;

    /// <inheritdoc cref="MinScale"/>
    public const int MaxScale = 1_000;

    /// <summary><c>records</c> of one environment, and <c>writeRecords count</c>: each record is one AES-GCM encryption in the grain's turn, so a step stays well inside Orleans' 30 s call timeout.</summary>
    public const int RecordsPerWrite = 10_000;

    /// <summary>
    /// Records written over a whole run (initial <c>records</c> of every environment plus every <c>writeRecords</c>
    /// times the environments it matches). A record at rest costs roughly 300-400 bytes (id string, nonce, tag,
    /// ciphertext, dictionary entry), twice that with the storage copy, so 2,000,000 records stay near 1.5 GiB.
    /// </summary>
    public const long RecordsPerRun = 2_000_000;

    /// <summary><c>createFlows count</c>: flows are records too, and are bounded per step like them.</summary>
    public const int FlowsPerStep = 10_000;

    /// <summary>Steps in a scenario: the library's largest has under 100; each step is an event and a report row.</summary>
    public const int Steps = 10_000;

    /// <summary>Expectations in a scenario: each is checked and reported; same reasoning as <see cref="Steps"/>.</summary>
    public const int Expectations = 10_000;

    /// <summary>YAML nesting (mappings and lists inside each other): a scenario needs 5; 64 also stops stack exhaustion.</summary>
    public const int YamlDepth = 64;

    /// <summary>Any time or duration (<c>at</c>, <c>span</c>, arguments): ten years, the longest span a key policy plans for.</summary>
    public static TimeSpan Duration => SimDuration.Longest;

    /// <summary>
    /// Key Vault's own minimums for a rotation policy (learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation:
    /// "the minimum value is seven days from creation and seven days from expiration time"; and the Key Vault SDKs'
    /// <c>KeyRotationPolicy.ExpiresIn</c>: "It should be at least 28 days").
    /// </summary>
    // Not a rule's duration: these are Key Vault's rotation-policy limits, not LK-02's 7 days or EN-08's 28 days.
    public static TimeSpan RotationAfterCreate { get; } = TimeSpan.FromDays(7);

    /// <inheritdoc cref="RotationAfterCreate"/>
    // Not a rule's duration: Key Vault's rotation-policy limit (see above).
    public static TimeSpan RotationBeforeExpiry { get; } = TimeSpan.FromDays(7);

    /// <inheritdoc cref="RotationAfterCreate"/>
    // Not a rule's duration: Key Vault's rotation-policy limit (see above).
    public static TimeSpan RotationExpiresAfter { get; } = TimeSpan.FromDays(28);
}
