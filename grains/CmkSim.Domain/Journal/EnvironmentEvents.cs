using CmkSim.Domain.Environments;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;

namespace CmkSim.Domain.Journal;

/// <summary>An environment was created, on the Microsoft-managed key or a BYOK key.</summary>
public sealed record EnvironmentCreated(string Environment, EnvironmentType EnvironmentType, string Region, int Records, EncryptionOwner Owner) : JournalEvent
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"{EnvironmentType} in {Region}, {Records} records, {Owner}";
}

/// <summary>EN-01: the environment became a Managed Environment.</summary>
public sealed record ManagedEnvironmentEnabled(string Environment) : JournalEvent(RuleId.EN01)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => "Managed Environment enabled";
}

/// <summary>EN-03 (or BY-01 for a BYOK migration): accepted (202); the environment is disabled while it is encrypted.</summary>
public sealed record EnvironmentAddedToPolicy(string Environment, string Policy, string Rule) : JournalEvent(Rule)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"accepted (202): environment disabled while it is encrypted with '{Policy}'";
}

/// <summary>EN-03 (BY-01): every storage resource's data key is now wrapped by the customer key's version.</summary>
public sealed record EnvironmentEncrypted(string Environment, KeyVersionId Version, string Rule) : JournalEvent(Rule)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"encrypted with {Version.Uri}";
}

/// <summary>EN-12: encryption failed; the data stays on the Microsoft-managed key and the environment enabled.</summary>
public sealed record EncryptionFailed(string Environment, string Reason) : JournalEvent(RuleId.EN12)
{
    public override string Target => $"environment/{Environment}";

    public override EventOutcome Outcome => EventOutcome.Failed;

    public override string Describe() => Reason;
}

/// <summary>EN-04: accepted (202); the environment is disabled while it returns to the Microsoft-managed key.</summary>
public sealed record EnvironmentRemovedFromPolicy(string Environment, string Policy) : JournalEvent(RuleId.EN04)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"accepted (202): environment disabled while it leaves '{Policy}' for the Microsoft-managed key";
}

/// <summary>
/// EN-05: the environment is back on the Microsoft-managed key. Its former key, vault and identity's permissions
/// must stay <see cref="En05KeyAccessAfterRemoval.KeptFor"/> for restores of its older backups.
/// </summary>
public sealed record EnvironmentReverted(string Environment, string FormerVault, string FormerKey, string FormerIdentity) : JournalEvent(RuleId.EN05)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() =>
        $"back on the Microsoft-managed key; key {FormerVault}/{FormerKey} and '{FormerIdentity}''s access must stay {En05KeyAccessAfterRemoval.KeptFor.TotalDays:0} days for restores";
}

/// <summary>EN-04: returning to the Microsoft-managed key failed.</summary>
public sealed record RevertFailed(string Environment, string Reason) : JournalEvent(RuleId.EN04)
{
    public override string Target => $"environment/{Environment}";

    public override EventOutcome Outcome => EventOutcome.Failed;

    public override string Describe() => Reason;
}

/// <summary>EN-07: one storage resource re-wrapped its data key under the key's new version, with no downtime.</summary>
public sealed record KeyVersionRolledOut(string Environment, StorageResource Resource, KeyVersionId From, KeyVersionId To) : JournalEvent(RuleId.EN07)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"{Resource}: data key re-wrapped {From.Version} -> {To.Version}, no downtime";
}

/// <summary>EN-07: a storage resource could not re-wrap its data key under the new version.</summary>
public sealed record RollOutFailed(string Environment, StorageResource Resource, string Reason) : JournalEvent(RuleId.EN07)
{
    public override string Target => $"environment/{Environment}";

    public override EventOutcome Outcome => EventOutcome.Failed;

    public override string Describe() => $"{Resource}: {Reason}";
}

/// <summary>
/// EN-09/LK-01 (EN-08 when only a previous version's loss is to blame): a live storage resource's data key could not
/// be unwrapped, so the environment is locked; it is deleted after <see cref="DeletedAfter"/> unless access returns.
/// </summary>
public sealed record EnvironmentLocked(string Environment, string Reason, string Rule, IReadOnlyList<KeyVersionId> Unusable, TimeSpan DeletedAfter)
    : JournalEvent(Rule)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"Environment disabled: {Reason}; deleted in {DeletedAfter.TotalDays:0} days unless access is restored";
}

/// <summary>LK-03: re-enabling was asked for; it takes about five minutes once the key answers.</summary>
public sealed record ReEnableRequested(string Environment) : JournalEvent(RuleId.LK03)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => "re-enabling (about five minutes)";
}

/// <summary>LK-03: the environment is enabled again; its pending deletion is cancelled.</summary>
public sealed record EnvironmentReEnabled(string Environment) : JournalEvent(RuleId.LK03)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => "environment enabled";
}

/// <summary>Re-enabling failed: the key still does not answer, so the environment stays locked.</summary>
public sealed record ReEnableFailed(string Environment, string Reason, string Rule) : JournalEvent(Rule)
{
    public override string Target => $"environment/{Environment}";

    public override EventOutcome Outcome => EventOutcome.Failed;

    public override string Describe() => Reason;
}

/// <summary>LK-02: the environment stayed locked past its deadline and was deleted with its data.</summary>
public sealed record LockedEnvironmentDeleted(string Environment, TimeSpan LockedFor) : JournalEvent(RuleId.LK02)
{
    public override string Target => $"environment/{Environment}";

    public override string Describe() => $"Deleted after {LockedFor.TotalDays:0} days locked: its data is lost";
}
