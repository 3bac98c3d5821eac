using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule LK-01: "Any of these locks every CMK environment on the policy at once: revoking the policy's vault or key
/// permission; disabling or deleting the key or its current version; deleting the vault or the enterprise policy;
/// turning off public network access (without the trusted-services bypass) or adding network rules that Microsoft
/// services can't pass. Only the key vault side can cause it; Power Platform admins get no warning." The lock itself
/// is the environment machine's (its guard names LK-01); this is the write that meets a key that stopped answering
/// before the environment locked. Its availability finding is the other side: a key whose vault or HSM stops
/// answering for a while (an outage, not one of LK-01's key vault decisions) does not lock anything, but once the
/// cached data key has expired the environment's reads fail until the key answers again.
/// </summary>
[RuleHome(RuleId.LK01)]
public static class Lk01KeyAccessLoss
{
    /// <param name="keyError">What the key answered when a record's data key was wrapped or unwrapped, or null when it answered.</param>
    [Enforces(RuleId.LK01)]
    public static Decision? WriteRefusal(string? keyError) => keyError is null ? null : Decision.Refuse(RuleId.LK01, keyError);

    /// <summary>A wrap or unwrap at a vault that is gone (deleted, or never there): the key can't answer.</summary>
    [Enforces(RuleId.LK01)]
    public static Decision VaultGoneRefusal(string vault) => Decision.Refuse(RuleId.LK01, $"vault '{vault}' not found");

    /// <summary>A wrap or unwrap with a key or version that is gone.</summary>
    [Enforces(RuleId.LK01)]
    public static Decision KeyGoneRefusal(string keyUri) => Decision.Refuse(RuleId.LK01, $"key '{keyUri}' not found");

    public static readonly FindingGuidance UnavailabilityGuidance = new(
        "Environment unavailable while its key did not answer",
        "The customer key's vault or HSM stopped answering (outage, device errors, network) for longer than the platform "
        + "keeps an unwrapped data key: reads and writes of the environment failed until it answered again. Nothing was "
        + "locked or lost, but the tenant's data was unavailable for that time.",
        "Keep the key's vault reachable and its HSM healthy (Managed HSM or a vault in a region pair, private endpoint "
        + "with the trusted-services bypass), watch its availability metrics, and plan for outages longer than the cache lifetime.");

    /// <summary>
    /// Availability: each environment whose reads or writes failed because its key's vault or HSM did not answer during
    /// an injected fault, with its environment-hours unavailable (counted from the journal, <see cref="Unavailability"/>).
    /// Evidence: the fault, the first failure and the end (the fault cleared or a read succeeded).
    /// </summary>
    [ChecksFinding(RuleId.LK01)]
    public static IEnumerable<Finding> CheckUnavailability(JournalIndex journal) =>
        Unavailability.From(journal.Events).Select(u => new Finding(
            RuleId.LK01, FindingSeverity.Medium, u.Start, $"environment/{u.Environment}",
            $"unavailable for {u.Hours:0.###} environment-hours: the key at '{u.Vault}' did not answer ({u.Fault}) after its cached data key "
            + $"expired; not locked (an outage is not one of LK-01's key vault decisions); readable again from {u.End.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z",
            u.EndPosition is { } end ? [u.FaultPosition, u.FailurePosition, end] : [u.FaultPosition, u.FailurePosition],
            UnavailabilityGuidance));
}
