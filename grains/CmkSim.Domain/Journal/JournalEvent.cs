using System.Text.Json.Serialization;

namespace CmkSim.Domain.Journal;

/// <summary>
/// One entry of the run's journal: a typed record of something an actor or the platform did, defined once here and
/// read as such by the findings, the reports and the tests (nothing parses journal text). An event that is the
/// consequence of another names it in <see cref="Cause"/>, and a cause is always journaled before its effects.
/// </summary>
/// <remarks>
/// The list below is the journal's vocabulary: each type's name in <c>audit.jsonl</c> (its <c>type</c>) is stable.
/// Add a type here when the platform learns something new; never rename one.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
// Tenant
[JsonDerivedType(typeof(UserAdded), "userAdded")]
[JsonDerivedType(typeof(ResourceProviderRegistered), "resourceProviderRegistered")]
[JsonDerivedType(typeof(EntraRoleAssigned), "entraRoleAssigned")]
[JsonDerivedType(typeof(EntraRoleRemoved), "entraRoleRemoved")]
[JsonDerivedType(typeof(UserDeactivated), "userDeactivated")]
[JsonDerivedType(typeof(LicenseRemoved), "licenseRemoved")]
// Key vaults and keys
[JsonDerivedType(typeof(VaultCreated), "vaultCreated")]
[JsonDerivedType(typeof(VaultDeleted), "vaultDeleted")]
[JsonDerivedType(typeof(VaultRecovered), "vaultRecovered")]
[JsonDerivedType(typeof(VaultPurged), "vaultPurged")]
[JsonDerivedType(typeof(NetworkChanged), "networkChanged")]
[JsonDerivedType(typeof(VaultSettingsChanged), "vaultSettingsChanged")]
[JsonDerivedType(typeof(RoleAssigned), "roleAssigned")]
[JsonDerivedType(typeof(RoleRemoved), "roleRemoved")]
[JsonDerivedType(typeof(AccessPolicySet), "accessPolicySet")]
[JsonDerivedType(typeof(KeyCreated), "keyCreated")]
[JsonDerivedType(typeof(KeyRotated), "keyRotated")]
[JsonDerivedType(typeof(RotationPolicySet), "rotationPolicySet")]
[JsonDerivedType(typeof(KeyExpiryNotified), "keyExpiryNotified")]
[JsonDerivedType(typeof(KeyVersionDisabled), "keyVersionDisabled")]
[JsonDerivedType(typeof(KeyVersionEnabled), "keyVersionEnabled")]
[JsonDerivedType(typeof(KeyDeleted), "keyDeleted")]
[JsonDerivedType(typeof(KeyRecovered), "keyRecovered")]
[JsonDerivedType(typeof(KeyPurged), "keyPurged")]
[JsonDerivedType(typeof(KeyVaultValidated), "keyVaultValidated")]
// Enterprise policies
[JsonDerivedType(typeof(PolicyValidated), "policyValidated")]
[JsonDerivedType(typeof(PolicyCreated), "policyCreated")]
[JsonDerivedType(typeof(PolicyReaderGranted), "policyReaderGranted")]
[JsonDerivedType(typeof(PolicyReaderRemoved), "policyReaderRemoved")]
[JsonDerivedType(typeof(PolicyDeleted), "policyDeleted")]
[JsonDerivedType(typeof(PolicyUpdated), "policyUpdated")]
// Environments
[JsonDerivedType(typeof(EnvironmentCreated), "environmentCreated")]
[JsonDerivedType(typeof(ManagedEnvironmentEnabled), "managedEnvironmentEnabled")]
[JsonDerivedType(typeof(EnvironmentAddedToPolicy), "environmentAddedToPolicy")]
[JsonDerivedType(typeof(EnvironmentEncrypted), "environmentEncrypted")]
[JsonDerivedType(typeof(EncryptionFailed), "encryptionFailed")]
[JsonDerivedType(typeof(EnvironmentRemovedFromPolicy), "environmentRemovedFromPolicy")]
[JsonDerivedType(typeof(EnvironmentReverted), "environmentReverted")]
[JsonDerivedType(typeof(RevertFailed), "revertFailed")]
[JsonDerivedType(typeof(KeyVersionRolledOut), "keyVersionRolledOut")]
[JsonDerivedType(typeof(RollOutFailed), "rollOutFailed")]
[JsonDerivedType(typeof(EnvironmentLocked), "environmentLocked")]
[JsonDerivedType(typeof(ReEnableRequested), "reEnableRequested")]
[JsonDerivedType(typeof(EnvironmentReEnabled), "environmentReEnabled")]
[JsonDerivedType(typeof(ReEnableFailed), "reEnableFailed")]
[JsonDerivedType(typeof(LockedEnvironmentDeleted), "lockedEnvironmentDeleted")]
// Data: records, flows, backups
[JsonDerivedType(typeof(RecordsWritten), "recordsWritten")]
[JsonDerivedType(typeof(RecordsRead), "recordsRead")]
[JsonDerivedType(typeof(FlowsCreated), "flowsCreated")]
[JsonDerivedType(typeof(BackupTaken), "backupTaken")]
[JsonDerivedType(typeof(BackupRestored), "backupRestored")]
[JsonDerivedType(typeof(EnvironmentCopied), "environmentCopied")]
[JsonDerivedType(typeof(EnvironmentReset), "environmentReset")]
[JsonDerivedType(typeof(EnvironmentDeleted), "environmentDeleted")]
[JsonDerivedType(typeof(BackupDeleted), "backupDeleted")]
// Faults injected on purpose
[JsonDerivedType(typeof(FaultInjected), "faultInjected")]
[JsonDerivedType(typeof(FaultCleared), "faultCleared")]
// Silos killed and restarted on purpose
[JsonDerivedType(typeof(SiloKilled), "siloKilled")]
[JsonDerivedType(typeof(SiloRestarted), "siloRestarted")]
// Refusals of any operation
[JsonDerivedType(typeof(Refused), "refused")]
/// <param name="Rule">The rule the event applies or proves; every refusal and failure names one.</param>
public abstract record JournalEvent(string? Rule = null)
{
    [JsonPropertyOrder(-5)]
    public EventId Id { get; init; }

    [JsonPropertyOrder(-4)]
    public DateTimeOffset Time { get; init; }

    [JsonPropertyOrder(-3)]
    public string Actor { get; init; } = "";

    /// <summary>The event this one is a consequence of (e.g. a role removal for a lock), journaled before it.</summary>
    [JsonPropertyOrder(-2)]
    public EventId? Cause { get; init; }

    /// <summary>What the event is about, e.g. <c>environment/prod-1</c> or <c>kv-prod/keys/cmk</c>.</summary>
    [JsonPropertyOrder(-1)]
    public abstract string Target { get; }

    public virtual EventOutcome Outcome => EventOutcome.Succeeded;

    /// <summary>
    /// Set only on an effect Key Vault's throttling delayed (429s and back-off before it completed); absent from
    /// audit.jsonl otherwise, so runs without throttling write what they always wrote.
    /// </summary>
    [JsonPropertyOrder(50)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ThrottlingDelay? Throttled { get; init; }

    /// <summary>The operation, as the journal's vocabulary names it (a refusal names the operation it refused).</summary>
    [JsonIgnore]
    public virtual string Operation => JournalVocabulary.NameOf(GetType());

    /// <summary>What happened, in the platform's words.</summary>
    public abstract string Describe();

    /// <summary>The platform's answer as a report shows it: "Succeeded: ...", "Failed: ..." or a refusal's "Denied ...".</summary>
    public string Summary() => Outcome == EventOutcome.Refused ? Describe() : $"{Outcome}: {Describe()}";
}
