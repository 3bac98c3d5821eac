using CsCheck;
using static CmkSim.Tests.Properties.PropertyTenant;

namespace CmkSim.Tests.Properties;

/// <summary>
/// CsCheck generators of random, seeded, shrinkable action sequences against <see cref="PropertyTenant"/>. A sequence is
/// an optional set-up prologue (vault, key, policy, access, Reader, add: each step by a likely but not certain actor)
/// followed by random steps: any user, any action of the scenario language (listed here explicitly, one target each),
/// any target from the fixed names, any gap from a minute to 40 days. Shrinking drops steps and moves values to the
/// start of each choice list, so a shrunk case is short and uses the first names.
/// </summary>
public static class ActionSequences
{
    public const int DefaultMaxSteps = 12;

    private static readonly Gen<string> User = Gen.OneOf(Users);
    private static readonly Gen<string> Vault = Gen.OneOf(Vaults);
    private static readonly Gen<string> Key = Gen.OneOf(Keys);
    private static readonly Gen<string> Policy = Gen.OneOf(Policies);
    private static readonly Gen<string> Backup = Gen.OneOf(Backups);
    private static readonly Gen<string> Bool = Gen.OneOf("true", "false");
    private static readonly Gen<string> Version = Gen.OneOf("current", "previous", "1", "2");
    private static readonly Gen<string> Location = Gen.OneOf("europe", "uk");
    private static readonly Gen<string> EntraRole = Gen.OneOf("PowerPlatformAdministrator", "GlobalAdministrator", "Dynamics365ServiceAdministrator");
    private static readonly Gen<string> AzureRole = Gen.OneOf("KeyVaultCryptoServiceEncryptionUser", "ManagedHsmCryptoUser", "KeyVaultAdministrator", "Reader");
    private static readonly Gen<string> Count = Gen.Int[1, 4].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Two minutes to an hour most often, then hours, then days (up to 40: past LK-02's 30 days and EN-08's 28). At least
    /// two minutes: the observer's read one second after a step leaves a data key in the environment's one-minute read
    /// cache, which must be gone by the next step, so the printed scenario (run without the observer) answers the same.
    /// </summary>
    private static readonly Gen<TimeSpan> Gap = Gen.Frequency(
        (5, Gen.Int[2, 59]), (3, Gen.Int[60, 24 * 60 - 1]), (2, Gen.Int[24 * 60, 40 * 24 * 60]))
        .Select(minutes => TimeSpan.FromMinutes(minutes));

    private static readonly Gen<TimeSpan> ShortGap = Gen.Int[2, 120].Select(minutes => TimeSpan.FromMinutes(minutes));

    /// <summary>A whole run: 2 to 4 environments, a world seed, the prologue (or none) and up to <paramref name="maxSteps"/> random steps.</summary>
    public static Gen<GeneratedRun> Runs(int maxSteps = DefaultMaxSteps) =>
        from environments in Gen.Int[2, Environments.Length]
        from seed in Gen.Int[0, 1000]
        from prologue in Gen.Frequency((3, Prologue(environments)), (1, Gen.Const<IReadOnlyList<GeneratedStep>>([])))
        from steps in AnyStep(environments).Array[1, maxSteps]
        select new GeneratedRun(environments, seed, UniqueBackupNames([.. prologue, .. steps]));

    /// <summary>A backup name is given once in a scenario: a later backup step of a name already taken gets "-2", "-3", ...</summary>
    private static IReadOnlyList<GeneratedStep> UniqueBackupNames(IReadOnlyList<GeneratedStep> steps)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. steps.Select(step =>
        {
            if (step.Action != "backup" || step.Args.FirstOrDefault(a => a.Name == "name") is not { Value: { } name })
            {
                return step;
            }

            var seen = taken[name] = taken.GetValueOrDefault(name) + 1;
            return seen == 1 ? step : step with { Args = [.. step.Args.Select(a => a.Name == "name" ? (a.Name, $"{name}-{seen}") : a)] };
        })];
    }

    /// <summary>The set-up a careful admin would do, each step possibly by someone else (a likely refusal).</summary>
    public static Gen<IReadOnlyList<GeneratedStep>> Prologue(int environments)
    {
        var likelyAdmin = Gen.Frequency((6, Gen.Const(Admin)), (1, Gen.Const(Global)), (1, Gen.Const(Nobody)));
        Gen<GeneratedStep> S(string action, params (string, string)[] args) =>
            from gap in ShortGap
            from actor in likelyAdmin
            select new GeneratedStep(gap, actor, action, args);

        var env = Gen.OneOf(Environments.Take(environments).Select(e => e.Name).ToArray());
        return from register in S("registerResourceProvider", ("subscription", Subscription))
               from vault in S("createKeyVault", ("name", "kv1"), ("subscription", Subscription), ("softDelete", "true"), ("purgeProtection", "true"))
               from key in S("createKey", ("vault", "kv1"), ("name", "cmk1"), ("type", "RSA"), ("size", "2048"))
               from policy in S("createEnterprisePolicy", ("name", "ep1"), ("location", "europe"), ("vault", "kv1"), ("key", "cmk1"))
               from access in S("grantKeyAccess", ("vault", "kv1"), ("policy", "ep1"))
               from reader in S("grantPolicyReader", ("policy", "ep1"), ("user", Admin))
               from target in env
               from add in S("addEnvironments", ("policy", "ep1"), ("environments", target))
               select (IReadOnlyList<GeneratedStep>)[register, vault, key, policy, access, reader, add];
    }

    /// <summary>Any action of the scenario language, by any user, on one target.</summary>
    public static Gen<GeneratedStep> AnyStep(int environments)
    {
        var env = Gen.OneOf(Environments.Take(environments).Select(e => e.Name).ToArray());
        Gen<GeneratedStep> S(string action, params Gen<(string, string)>[] args) =>
            from gap in Gap
            from actor in User
            from values in Combine(args)
            select new GeneratedStep(gap, actor, action, values);

        static Gen<(string, string)> A(string name, Gen<string> value) => value.Select(v => (name, v));

        return Gen.OneOf(
            S("registerResourceProvider", A("subscription", Gen.Const(Subscription))),
            S("createKeyVault", A("name", Gen.OneOf("kv1", "kv2")), A("subscription", Gen.Const(Subscription)), A("softDelete", Bool), A("purgeProtection", Bool)),
            S("createManagedHsm", A("name", Gen.Const("hsm1")), A("subscription", Gen.Const(Subscription)), A("purgeProtection", Bool)),
            S("createKey", A("vault", Vault), A("name", Key), A("type", Gen.OneOf("RSA", "RSA-HSM", "EC")), A("size", Gen.OneOf("2048", "3072"))),
            S("rotateKey", A("vault", Vault), A("key", Key)),
            S("disableKeyVersion", A("vault", Vault), A("key", Key), A("version", Version)),
            S("enableKeyVersion", A("vault", Vault), A("key", Key), A("version", Version)),
            S("deleteKey", A("vault", Vault), A("key", Key)),
            S("recoverKey", A("vault", Vault), A("key", Key)),
            S("purgeKey", A("vault", Vault), A("key", Key)),
            S("deleteKeyVault", A("vault", Vault)),
            S("recoverKeyVault", A("vault", Vault)),
            S("updateKeyVault", A("vault", Vault), A("purgeProtection", Bool)),
            S("setNetwork", A("vault", Vault), A("publicNetworkAccess", Bool), A("trustedServicesBypass", Bool)),
            S("assignRole", A("user", User), A("role", AzureRole), A("vault", Vault)),
            S("removeRole", A("user", User), A("role", AzureRole), A("vault", Vault)),
            S("assignEntraRole", A("user", User), A("role", EntraRole)),
            S("removeEntraRole", A("user", User), A("role", EntraRole)),
            S("deactivateUser", A("user", User)),
            S("removeLicense", A("user", User), A("license", Gen.Const("Microsoft365E5"))),
            S("createEnterprisePolicy", A("name", Policy), A("location", Location), A("vault", Vault), A("key", Key)),
            S("createEnterprisePolicy", A("name", Policy), A("location", Location), A("vault", Vault), A("key", Key), A("keyVersion", Version)),
            S("updateEnterprisePolicy", A("policy", Policy), A("key", Key)),
            S("updateEnterprisePolicy", A("policy", Policy), A("keyVersion", Version)),
            S("validateKeyVaultForCMK", A("vault", Vault), A("policy", Policy)),
            S("grantKeyAccess", A("vault", Vault), A("policy", Policy)),
            S("revokeKeyAccess", A("vault", Vault), A("policy", Policy)),
            S("grantPolicyReader", A("policy", Policy), A("user", User)),
            S("removePolicyReader", A("policy", Policy), A("user", User)),
            S("deletePolicy", A("policy", Policy)),
            S("enableManagedEnvironment", A("environments", env)),
            S("addEnvironments", A("policy", Policy), A("environments", env)),
            S("removeEnvironments", A("policy", Policy), A("environments", env)),
            S("reEnableEnvironment", A("environments", env)),
            S("migrateByok", A("environments", env), A("policy", Policy)),
            S("backup", A("environment", env), A("name", Backup)),
            S("restore", A("backup", Backup), A("target", env)),
            S("deleteBackup", A("environment", env), A("name", Backup)),
            S("copy", A("source", env), A("target", env)),
            S("reset", A("environments", env)),
            S("deleteEnvironment", A("environments", env)),
            S("writeRecords", A("environments", env), A("count", Count)),
            S("readRecords", A("environments", env)),
            S("createFlows", A("environments", env), A("count", Count)),
            // A platform event: the platform's alone (a tenant user naming it is bad input, not a refusal).
            from step in S("injectEncryptionFailure", A("environments", env)) select step with { Actor = "platform" });
    }

    private static Gen<IReadOnlyList<(string, string)>> Combine(Gen<(string, string)>[] args)
    {
        var all = Gen.Const<IReadOnlyList<(string, string)>>([]);
        foreach (var arg in args)
        {
            var previous = all;
            all = from done in previous from next in arg select (IReadOnlyList<(string, string)>)[.. done, next];
        }

        return all;
    }
}
