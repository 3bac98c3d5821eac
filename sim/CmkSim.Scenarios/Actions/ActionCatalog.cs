using CmkSim.Scenarios.Names;
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
        Action("createKeyVault", Req("name", K.Name), Req("subscription", K.Subscription), Opt("softDelete", K.Bool), Opt("retentionDays", K.Int),
            Opt("purgeProtection", K.Bool), OptEnum("permissionModel", PermissionModels), Opt("publicNetworkAccess", K.Bool),
            Opt("trustedServicesBypass", K.Bool)),
        Action("createManagedHsm", Req("name", K.Name), Req("subscription", K.Subscription), Opt("purgeProtection", K.Bool)),
        Action("createKey", Req("vault", K.Name), Req("name", K.Name), OptEnum("type", KeyTypes), Opt("size", K.Int), Opt("notBefore", K.Duration),
            Opt("expires", K.Duration)),
        Action("importKey", Req("vault", K.Name), Req("name", K.Name), Opt("size", K.Int), Opt("hsmProtected", K.Bool)),
        Action("rotateKey", Req("vault", K.Name), Req("key", K.Name)),
        // Key Vault's own minimums (see ScenarioLimits): a policy can't rotate every second.
        Action("setRotationPolicy", Req("vault", K.Name), Req("key", K.Name),
            MinDuration(Opt("timeAfterCreate", K.Duration), ScenarioLimits.RotationAfterCreate, "Key Vault rotates a key at least 7 days after its creation"),
            MinDuration(Opt("timeBeforeExpiry", K.Duration), ScenarioLimits.RotationBeforeExpiry, "Key Vault rotates a key at least 7 days before its expiry"),
            MinDuration(Opt("expiresAfter", K.Duration), ScenarioLimits.RotationExpiresAfter, "a rotated Key Vault key expires at least 28 days after its creation")),
        Action("disableKeyVersion", Req("vault", K.Name), Req("key", K.Name), Opt("version", K.KeyVersion)),
        Action("enableKeyVersion", Req("vault", K.Name), Req("key", K.Name), Opt("version", K.KeyVersion)),
        Action("deleteKey", Req("vault", K.Name), Req("key", K.Name)),
        Action("recoverKey", Req("vault", K.Name), Req("key", K.Name)),
        Action("purgeKey", Req("vault", K.Name), Req("key", K.Name)),
        Action("deleteKeyVault", Req("vault", K.Name)),
        Action("recoverKeyVault", Req("vault", K.Name)),
        Action("purgeKeyVault", Req("vault", K.Name)),
        Action("setNetwork", Req("vault", K.Name), Req("publicNetworkAccess", K.Bool), Opt("trustedServicesBypass", K.Bool)),
        Action("assignRole", Req("user", K.User), ReqEnum("role", AzureRoles), Opt("vault", K.Name)),
        Action("removeRole", Req("user", K.User), ReqEnum("role", AzureRoles), Opt("vault", K.Name)),
        // A policy comes from an ARM template (EP-01) or is described inline; exactly one of the two.
        Action("createEnterprisePolicy", [["template"], ["name", "location", "vault", "key"]],
            Opt("template", K.File), Opt("name", K.Name), OptEnum("location", PolicyLocations.All), Opt("vault", K.Name), Opt("key", K.Name)),
        Action("grantKeyAccess", Req("vault", K.Name), Req("policy", K.Name)),
        Action("revokeKeyAccess", Req("vault", K.Name), Req("policy", K.Name)),
        Action("setAccessPolicy", Req("vault", K.Name), Req("policy", K.Name), new ArgumentSpec("permissions", K.EnumList, true, KeyPermissionNames.All)),
        Action("grantPolicyReader", Req("policy", K.Name), Req("user", K.User)),
        Action("removePolicyReader", Req("policy", K.Name), Req("user", K.User)),
        Action("deletePolicy", Req("policy", K.Name)),
        Action("enableManagedEnvironment", Req("environments", K.Environments)),
        Action("addEnvironments", Req("policy", K.Name), Req("environments", K.Environments)),
        Action("removeEnvironments", Req("policy", K.Name), Req("environments", K.Environments)),
        Action("reEnableEnvironment", Req("environments", K.Environments)),
        Action("migrateByok", Req("environments", K.Environments), Req("policy", K.Name)),
        Action("backup", Req("environment", K.Environment), Req("name", K.Name)),
        Action("restore", Req("backup", K.Name), Req("target", K.Environment)),
        Action("copy", Req("source", K.Environment), Req("target", K.Environment)),
        Action("reset", Req("environments", K.Environments)),
        Action("writeRecords", Req("environments", K.Environments), Req("count", K.Int) with { Max = ScenarioLimits.RecordsPerWrite }),
        Action("readRecords", Req("environments", K.Environments)),
        Action("createFlows", Req("environments", K.Environments), Req("count", K.Int) with { Max = ScenarioLimits.FlowsPerStep }),
        Action("injectEncryptionFailure", Req("environments", K.Environments)));

    public static ActionSpec? Find(string name) => Actions.GetValueOrDefault(name);

    private static IReadOnlyDictionary<string, ActionSpec> Table(params ActionSpec[] actions) =>
        actions.ToDictionary(a => a.Name, StringComparer.Ordinal);

    private static ActionSpec Action(string name, params ArgumentSpec[] arguments) => new(name, arguments, []);

    private static ActionSpec Action(string name, IReadOnlyList<IReadOnlyList<string>> oneOf, params ArgumentSpec[] arguments) =>
        new(name, arguments, oneOf);

    private static ArgumentSpec Req(string name, ArgumentKind kind = K.String) => new(name, kind, true, []);

    private static ArgumentSpec Opt(string name, ArgumentKind kind = K.String) => new(name, kind, false, []);

    private static ArgumentSpec MinDuration(ArgumentSpec spec, TimeSpan min, string why) => spec with { MinDuration = min, Why = why };

    private static ArgumentSpec ReqEnum(string name, IReadOnlyList<string> values) => new(name, ArgumentKind.Enum, true, values);

    private static ArgumentSpec OptEnum(string name, IReadOnlyList<string> values) => new(name, ArgumentKind.Enum, false, values);
}
