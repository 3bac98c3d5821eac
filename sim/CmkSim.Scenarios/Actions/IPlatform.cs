using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Scenarios.Actions;

/// <summary>
/// The simulated cloud a scenario acts on (Azure subscriptions and Key Vault, Power Platform environments and
/// enterprise policies), as the action records see it: one method per operation, plain values in, the platform's
/// <see cref="Decision"/> out. The simulation implements it over its grains; nothing here knows of Orleans.
/// Environment operations act on one environment; the records spread a step over its selection.
/// </summary>
public interface IPlatform
{
    Task<Decision> RegisterResourceProviderAsync(string actor, string subscription);

    Task<Decision> CreateKeyVaultAsync(string actor, string name, KeyVaultSettings settings);

    Task<Decision> DeleteKeyVaultAsync(string actor, string vault);

    Task<Decision> RecoverKeyVaultAsync(string actor, string vault);

    Task<Decision> PurgeKeyVaultAsync(string actor, string vault);

    Task<Decision> SetNetworkAsync(string actor, string vault, bool publicNetworkAccess, bool trustedServicesBypass);

    /// <summary><paramref name="notBefore"/> and <paramref name="expires"/> count from the moment the key is created.</summary>
    Task<Decision> CreateKeyAsync(string actor, string vault, string name, KeyType type, int size, TimeSpan? notBefore, TimeSpan? expires);

    Task<Decision> ImportKeyAsync(string actor, string vault, string name, int size, bool hsmProtected);

    Task<Decision> RotateKeyAsync(string actor, string vault, string key);

    Task<Decision> SetRotationPolicyAsync(string actor, string vault, string key, KeyRotationPolicy policy);

    /// <summary><paramref name="version"/> is <c>current</c>, <c>previous</c> or a 1-based version number.</summary>
    Task<Decision> SetKeyVersionEnabledAsync(string actor, string vault, string key, string version, bool enabled);

    Task<Decision> DeleteKeyAsync(string actor, string vault, string key);

    Task<Decision> RecoverKeyAsync(string actor, string vault, string key);

    Task<Decision> PurgeKeyAsync(string actor, string vault, string key);

    Task<Decision> AssignVaultRoleAsync(string actor, string vault, string user, KeyVaultRole role);

    Task<Decision> RemoveVaultRoleAsync(string actor, string vault, string user, KeyVaultRole role);

    /// <summary>Gives (or takes back) a policy's identity the key permissions CMK needs, as the vault's permission model does it.</summary>
    Task<Decision> SetPolicyKeyAccessAsync(string actor, string vault, string policy, bool granted);

    Task<Decision> SetAccessPolicyAsync(string actor, string vault, string policy, KeyPermissions permissions);

    /// <summary><paramref name="keyVersion"/>, when given, is the version the policy names (KV-07), as <see cref="SetKeyVersionEnabledAsync"/> takes it.</summary>
    Task<Decision> CreateEnterprisePolicyAsync(string actor, string name, string location, string vault, string key, string? keyVersion = null);

    /// <summary><paramref name="template"/> is the ARM template's path as the parser resolved it.</summary>
    Task<Decision> CreateEnterprisePolicyFromTemplateAsync(string actor, string template, string? keyVersion = null);

    Task<Decision> GrantPolicyReaderAsync(string actor, string policy, string user);

    Task<Decision> RemovePolicyReaderAsync(string actor, string policy, string user);

    Task<Decision> DeletePolicyAsync(string actor, string policy);

    Task<Decision> EnableManagedEnvironmentAsync(string actor, string environment);

    Task<Decision> AddToPolicyAsync(string actor, string environment, string policy);

    Task<Decision> RemoveFromPolicyAsync(string actor, string environment);

    Task<Decision> ReEnableEnvironmentAsync(string actor, string environment);

    Task<Decision> ResetAsync(string actor, string environment);

    Task<Decision> WriteRecordsAsync(string actor, string environment, int count);

    /// <summary>Opens a fault's window at <paramref name="vault"/> (or the HSM behind it) now; the engine closes it.</summary>
    Task<Decision> InjectFaultAsync(string actor, string vault, Domain.Faults.FaultRequest fault);

    /// <summary>Kills silo <paramref name="silo"/> of the run abruptly and waits until the cluster has declared it dead.</summary>
    Task<Decision> KillSiloAsync(string actor, int silo);

    /// <summary>Starts silo <paramref name="silo"/> again and waits until it has joined the cluster.</summary>
    Task<Decision> RestartSiloAsync(string actor, int silo);

    Task<RecordsRead> ReadRecordsAsync(string actor, string environment);

    Task<Decision> CreateFlowsAsync(string actor, string environment, int count);

    /// <summary>A test hook, not a user's operation: the environment's next encryption run fails.</summary>
    Task FailNextEncryptionAsync(string environment);

    Task<Decision> BackupAsync(string actor, string environment, string name);

    Task<Decision> RestoreAsync(string actor, string backup, string target);

    Task<Decision> CopyAsync(string actor, string source, string target);

    /// <summary>Updates a policy (EP-06): each null argument is left as it is; <paramref name="keyVersion"/> as <see cref="SetKeyVersionEnabledAsync"/> takes it.</summary>
    Task<Decision> UpdateEnterprisePolicyAsync(string actor, string policy, string? location, string? vault, string? key, string? keyVersion);

    /// <summary>Changes a vault's soft delete, retention, purge protection or permission model after its creation (KV-01).</summary>
    Task<Decision> UpdateKeyVaultAsync(string actor, string vault, VaultSettingsChange change);

    /// <summary>Gives (<paramref name="granted"/>) or takes an Entra role of a tenant user (EN-02).</summary>
    Task<Decision> SetEntraRoleAsync(string actor, string user, CmkSim.Domain.Tenants.EntraRole role, bool granted);

    Task<Decision> DeactivateUserAsync(string actor, string user);

    Task<Decision> RemoveLicenseAsync(string actor, string user, string license);

    /// <summary>An admin deletes the environment with its data and backups (EN-02).</summary>
    Task<Decision> DeleteEnvironmentAsync(string actor, string environment);

    Task<Decision> DeleteBackupAsync(string actor, string environment, string backup);

    /// <summary>Restores <paramref name="target"/>'s latest available backup taken at or before <paramref name="pointInTime"/> after the run's start.</summary>
    Task<Decision> RestoreToPointInTimeAsync(string actor, string target, TimeSpan pointInTime);

    /// <summary>ValidateKeyVaultForCMK: accepted when its 13 checks pass; refused at the first that fails, citing its rule.</summary>
    Task<Decision> ValidateKeyVaultForCmkAsync(string actor, string vault, string policy);

    /// <summary>Removes the environment from its policy and, once it has reverted, adds it to <paramref name="policy"/> (EN-06).</summary>
    Task<Decision> SwapCustomerManagedKeyAsync(string actor, string environment, string policy);

    /// <summary>
    /// Turns an accepted runbook request into the admin API's answer: 202 Accepted with an operation over
    /// <paramref name="environments"/> (none: done when accepted), kept under <paramref name="operation"/> for polling.
    /// </summary>
    Task<Decision> AcceptOperationAsync(string? operation, IReadOnlyList<string> environments, Decision accepted);
}
