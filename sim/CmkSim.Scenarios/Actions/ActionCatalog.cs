using CmkSim.Scenarios.Rules;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>Every action a scenario step can take, with its arguments. The one place to add an action.</summary>
public static class ActionCatalog
{
    private static readonly string[] KeyTypes = ["RSA", "RSA-HSM", "EC", "EC-HSM", "oct", "oct-HSM"];
    private static readonly string[] PermissionModels = ["AzureRbac", "AccessPolicy"];
    private static readonly string[] AzureRoles =
    [
        "KeyVaultAdministrator", "KeyVaultCryptoOfficer", "KeyVaultCryptoServiceEncryptionUser", "Reader",
        "ManagedHsmCryptoUser", "SubscriptionContributor",
    ];

    public static IReadOnlyDictionary<string, ActionSpec> Actions { get; } = Table(
        Action("registerResourceProvider", Req("subscription", K.Subscription)),
        Action("createKeyVault", Req("name"), Req("subscription", K.Subscription), Opt("softDelete", K.Bool), Opt("retentionDays", K.Int),
            Opt("purgeProtection", K.Bool), OptEnum("permissionModel", PermissionModels), Opt("publicNetworkAccess", K.Bool),
            Opt("trustedServicesBypass", K.Bool)),
        Action("createManagedHsm", Req("name"), Req("subscription", K.Subscription), Opt("purgeProtection", K.Bool)),
        Action("createKey", Req("vault"), Req("name"), OptEnum("type", KeyTypes), Opt("size", K.Int), Opt("notBefore", K.Duration),
            Opt("expires", K.Duration)),
        Action("importKey", Req("vault"), Req("name"), Opt("size", K.Int), Opt("hsmProtected", K.Bool)),
        Action("rotateKey", Req("vault"), Req("key")),
        Action("setRotationPolicy", Req("vault"), Req("key"), Opt("timeAfterCreate", K.Duration), Opt("timeBeforeExpiry", K.Duration),
            Opt("expiresAfter", K.Duration)),
        Action("disableKeyVersion", Req("vault"), Req("key"), Opt("version", K.KeyVersion)),
        Action("enableKeyVersion", Req("vault"), Req("key"), Opt("version", K.KeyVersion)),
        Action("deleteKey", Req("vault"), Req("key")),
        Action("recoverKey", Req("vault"), Req("key")),
        Action("purgeKey", Req("vault"), Req("key")),
        Action("deleteKeyVault", Req("vault")),
        Action("recoverKeyVault", Req("vault")),
        Action("purgeKeyVault", Req("vault")),
        Action("setNetwork", Req("vault"), Req("publicNetworkAccess", K.Bool), Opt("trustedServicesBypass", K.Bool)),
        Action("assignRole", Req("user", K.User), ReqEnum("role", AzureRoles), Opt("vault")),
        Action("removeRole", Req("user", K.User), ReqEnum("role", AzureRoles), Opt("vault")),
        // A policy comes from an ARM template (EP-01) or is described inline; exactly one of the two.
        Action("createEnterprisePolicy", [["template"], ["name", "location", "vault", "key"]],
            Opt("template", K.File), Opt("name"), OptEnum("location", PolicyLocations.All), Opt("vault"), Opt("key")),
        Action("grantKeyAccess", Req("vault"), Req("policy")),
        Action("revokeKeyAccess", Req("vault"), Req("policy")),
        Action("setAccessPolicy", Req("vault"), Req("policy"), Req("permissions", K.StringList)),
        Action("grantPolicyReader", Req("policy"), Req("user", K.User)),
        Action("removePolicyReader", Req("policy"), Req("user", K.User)),
        Action("deletePolicy", Req("policy")),
        Action("enableManagedEnvironment", Req("environments", K.Environments)),
        Action("addEnvironments", Req("policy"), Req("environments", K.Environments)),
        Action("removeEnvironments", Req("policy"), Req("environments", K.Environments)),
        Action("reEnableEnvironment", Req("environments", K.Environments)),
        Action("migrateByok", Req("environments", K.Environments), Req("policy")),
        Action("backup", Req("environment", K.Environment), Req("name")),
        Action("restore", Req("backup"), Req("target", K.Environment)),
        Action("copy", Req("source", K.Environment), Req("target", K.Environment)),
        Action("reset", Req("environments", K.Environments)),
        Action("writeRecords", Req("environments", K.Environments), Req("count", K.Int)),
        Action("readRecords", Req("environments", K.Environments)),
        Action("createFlows", Req("environments", K.Environments), Req("count", K.Int)),
        Action("injectEncryptionFailure", Req("environments", K.Environments)));

    public static ActionSpec? Find(string name) => Actions.GetValueOrDefault(name);

    private static IReadOnlyDictionary<string, ActionSpec> Table(params ActionSpec[] actions) =>
        actions.ToDictionary(a => a.Name, StringComparer.Ordinal);

    private static ActionSpec Action(string name, params ArgumentSpec[] arguments) => new(name, arguments, []);

    private static ActionSpec Action(string name, IReadOnlyList<IReadOnlyList<string>> oneOf, params ArgumentSpec[] arguments) =>
        new(name, arguments, oneOf);

    private static ArgumentSpec Req(string name, ArgumentKind kind = K.String) => new(name, kind, true, []);

    private static ArgumentSpec Opt(string name, ArgumentKind kind = K.String) => new(name, kind, false, []);

    private static ArgumentSpec ReqEnum(string name, IReadOnlyList<string> values) => new(name, ArgumentKind.Enum, true, values);

    private static ArgumentSpec OptEnum(string name, IReadOnlyList<string> values) => new(name, ArgumentKind.Enum, false, values);
}
