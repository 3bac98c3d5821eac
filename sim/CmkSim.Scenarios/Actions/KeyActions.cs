using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

public sealed record CreateKey(string Vault, string KeyName, KeyType Type, int Size, TimeSpan? NotBefore, TimeSpan? Expires)
    : ScenarioAction<CreateKey>, IScenarioAction<CreateKey>
{
    /// <summary>Key Vault's spelling of each key type; the schema accepts exactly these.</summary>
    private static readonly (string Name, KeyType Type)[] KeyTypes =
    [
        ("RSA", KeyType.Rsa), ("RSA-HSM", KeyType.RsaHsm), ("EC", KeyType.Ec), ("EC-HSM", KeyType.EcHsm), ("oct", KeyType.Oct), ("oct-HSM", KeyType.OctHsm),
    ];

    public static ActionSpec Spec { get; } = new("createKey",
        Req("vault", K.Vault), Req("name", K.Name), OptEnum("type", [.. KeyTypes.Select(k => k.Name)]), Opt("size", K.Int), Opt("notBefore", K.Duration),
        Opt("expires", K.Duration));

    public static CreateKey From(StepArguments a) => new(a.String("vault"), a.String("name"), TypeNamed(a.OptionalString("type") ?? "RSA"),
        a.OptionalInt("size") ?? 2048, a.OptionalDuration("notBefore"), a.OptionalDuration("expires"));

    private static KeyType TypeNamed(string name) => KeyTypes.Single(k => k.Name == name).Type;

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        platform.CreateKeyAsync(actor, Vault, KeyName, Type, Size, NotBefore, Expires);
}

public sealed record ImportKey(string Vault, string KeyName, int Size, bool HsmProtected) : ScenarioAction<ImportKey>, IScenarioAction<ImportKey>
{
    public static ActionSpec Spec { get; } = new("importKey", Req("vault", K.Vault), Req("name", K.Name), Opt("size", K.Int), Opt("hsmProtected", K.Bool));

    public static ImportKey From(StepArguments a) => new(a.String("vault"), a.String("name"), a.OptionalInt("size") ?? 2048, a.OptionalBool("hsmProtected") ?? true);

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.ImportKeyAsync(actor, Vault, KeyName, Size, HsmProtected);
}

public sealed record RotateKey(string Vault, string Key) : ScenarioAction<RotateKey>, IScenarioAction<RotateKey>
{
    public static ActionSpec Spec { get; } = new("rotateKey", Req("vault", K.Vault), Req("key", K.Name));

    public static RotateKey From(StepArguments a) => new(a.String("vault"), a.String("key"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.RotateKeyAsync(actor, Vault, Key);
}

public sealed record SetRotationPolicy(string Vault, string Key, KeyRotationPolicy Policy) : ScenarioAction<SetRotationPolicy>, IScenarioAction<SetRotationPolicy>
{
    // Key Vault's own minimums (see ScenarioLimits): a policy can't rotate every second.
    public static ActionSpec Spec { get; } = new("setRotationPolicy", Req("vault", K.Vault), Req("key", K.Name),
        MinDuration(Opt("timeAfterCreate", K.Duration), ScenarioLimits.RotationAfterCreate, "Key Vault rotates a key at least 7 days after its creation"),
        MinDuration(Opt("timeBeforeExpiry", K.Duration), ScenarioLimits.RotationBeforeExpiry, "Key Vault rotates a key at least 7 days before its expiry"),
        MinDuration(Opt("expiresAfter", K.Duration), ScenarioLimits.RotationExpiresAfter, "a rotated Key Vault key expires at least 28 days after its creation"));

    public static SetRotationPolicy From(StepArguments a) => new(a.String("vault"), a.String("key"),
        new KeyRotationPolicy(a.OptionalDuration("timeAfterCreate"), a.OptionalDuration("timeBeforeExpiry"), a.OptionalDuration("expiresAfter")));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.SetRotationPolicyAsync(actor, Vault, Key, Policy);
}

public sealed record DisableKeyVersion(string Vault, string Key, string Version) : ScenarioAction<DisableKeyVersion>, IScenarioAction<DisableKeyVersion>
{
    public static ActionSpec Spec { get; } = new("disableKeyVersion", Req("vault", K.Vault), Req("key", K.Name), Opt("version", K.KeyVersion));

    public static DisableKeyVersion From(StepArguments a) => new(a.String("vault"), a.String("key"), a.OptionalString("version") ?? "current");

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.SetKeyVersionEnabledAsync(actor, Vault, Key, Version, enabled: false);
}

public sealed record EnableKeyVersion(string Vault, string Key, string Version) : ScenarioAction<EnableKeyVersion>, IScenarioAction<EnableKeyVersion>
{
    public static ActionSpec Spec { get; } = new("enableKeyVersion", Req("vault", K.Vault), Req("key", K.Name), Opt("version", K.KeyVersion));

    public static EnableKeyVersion From(StepArguments a) => new(a.String("vault"), a.String("key"), a.OptionalString("version") ?? "current");

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.SetKeyVersionEnabledAsync(actor, Vault, Key, Version, enabled: true);
}

public sealed record DeleteKey(string Vault, string Key) : ScenarioAction<DeleteKey>, IScenarioAction<DeleteKey>
{
    public static ActionSpec Spec { get; } = new("deleteKey", Req("vault", K.Vault), Req("key", K.Name));

    public static DeleteKey From(StepArguments a) => new(a.String("vault"), a.String("key"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.DeleteKeyAsync(actor, Vault, Key);
}

public sealed record RecoverKey(string Vault, string Key) : ScenarioAction<RecoverKey>, IScenarioAction<RecoverKey>
{
    public static ActionSpec Spec { get; } = new("recoverKey", Req("vault", K.Vault), Req("key", K.Name));

    public static RecoverKey From(StepArguments a) => new(a.String("vault"), a.String("key"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.RecoverKeyAsync(actor, Vault, Key);
}

public sealed record PurgeKey(string Vault, string Key) : ScenarioAction<PurgeKey>, IScenarioAction<PurgeKey>
{
    public static ActionSpec Spec { get; } = new("purgeKey", Req("vault", K.Vault), Req("key", K.Name));

    public static PurgeKey From(StepArguments a) => new(a.String("vault"), a.String("key"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.PurgeKeyAsync(actor, Vault, Key);
}
