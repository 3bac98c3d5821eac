namespace CmkSim.Domain.Journal;

/// <summary>
/// The names of the operations a refusal can name (<see cref="Refused.RefusedOperation"/>), spelled once. They are
/// Key Vault's and the admin center's verbs, and the scenario actions that call them use the same words.
/// </summary>
public static class Operations
{
    public const string CreateKeyVault = "createKeyVault";
    public const string CreateKey = "createKey";
    public const string ImportKey = "importKey";
    public const string RotateKey = "rotateKey";
    public const string SetRotationPolicy = "setRotationPolicy";
    public const string DisableKeyVersion = "disableKeyVersion";
    public const string EnableKeyVersion = "enableKeyVersion";
    public const string DeleteKey = "deleteKey";
    public const string RecoverKey = "recoverKey";
    public const string PurgeKey = "purgeKey";
    public const string RecoverKeyVault = "recoverKeyVault";
    public const string PurgeKeyVault = "purgeKeyVault";
    public const string DeleteKeyVault = "deleteKeyVault";
    public const string SetNetwork = "setNetwork";
    public const string AssignRole = "assignRole";
    public const string RemoveRole = "removeRole";
    public const string SetAccessPolicy = "setAccessPolicy";
    public const string WrapKey = "wrapKey";
    public const string UnwrapKey = "unwrapKey";
    public const string CreateEnterprisePolicy = "createEnterprisePolicy";
    public const string DeletePolicy = "deletePolicy";
    public const string UpdateEnterprisePolicy = "updateEnterprisePolicy";
    public const string GrantPolicyReader = "grantPolicyReader";
    public const string RemovePolicyReader = "removePolicyReader";
    public const string ValidateKeyVaultForCmk = "validateKeyVaultForCMK";
    public const string EnableManagedEnvironment = "enableManagedEnvironment";
    public const string AddEnvironment = "addEnvironment";
    public const string RemoveEnvironment = "removeEnvironment";
    public const string ReEnableEnvironment = "reEnableEnvironment";
    public const string WriteRecords = "writeRecords";
    public const string CreateFlows = "createFlows";
    public const string Backup = "backup";
    public const string Restore = "restore";
    public const string Copy = "copy";
    public const string Reset = "reset";
}
