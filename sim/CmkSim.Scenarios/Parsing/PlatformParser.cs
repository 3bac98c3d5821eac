using CmkSim.Domain.Vaults.Throttling;
using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Reads <c>platform: { silos, throttling: { enabled, vaultLimits: { rsa2048, rsa3072, rsa4096, create }, subscriptionMultiplier } }</c>.
/// Limits left out keep Key Vault's published values; a throttling block without <c>enabled</c> is on.
/// </summary>
internal sealed class PlatformParser(ErrorSink errors)
{
    private static readonly string[] PlatformKeys = ["silos", "throttling"];
    private static readonly string[] ThrottlingKeys = ["enabled", "vaultLimits", "subscriptionMultiplier"];
    private static readonly string[] LimitKeys = ["rsa2048", "rsa3072", "rsa4096", "create"];

    /// <summary>Far above any published limit: a typo with extra digits is caught, any realistic override is not.</summary>
    private const int MaxLimit = 1_000_000;

    public PlatformSpec Parse(MappingReader platform)
    {
        platform.RejectUnknown(PlatformKeys, "platform key");
        var silos = platform.Int("silos", 1, PlatformSpec.MaxSilos) ?? 1;
        return Throttling(platform) with { Silos = silos };
    }

    private PlatformSpec Throttling(MappingReader platform)
    {
        if (platform.Get("throttling") is not { } node || MappingReader.Of(node, platform.Field("throttling"), errors) is not { } throttling)
        {
            return PlatformSpec.Default;
        }

        throttling.RejectUnknown(ThrottlingKeys, "throttling key");
        var enabled = throttling.Bool("enabled") ?? true;
        var limits = VaultLimits.Published;
        if (throttling.Get("vaultLimits") is { } limitsNode && MappingReader.Of(limitsNode, throttling.Field("vaultLimits"), errors) is { } limitsReader)
        {
            limitsReader.RejectUnknown(LimitKeys, "vault limit (HSM-protected keys, transactions per 10 s)");
            limits = new VaultLimits(
                limitsReader.Int("rsa2048", 1, MaxLimit) ?? limits.Rsa2048,
                limitsReader.Int("rsa3072", 1, MaxLimit) ?? limits.Rsa3072,
                limitsReader.Int("rsa4096", 1, MaxLimit) ?? limits.Rsa4096,
                limitsReader.Int("create", 1, MaxLimit) ?? limits.Create);
        }

        var multiplier = throttling.Int("subscriptionMultiplier", 1, 1_000) ?? KeyVaultServiceLimits.SubscriptionMultiplier;
        return new PlatformSpec(new ThrottlingSettings(enabled, limits, multiplier));
    }
}
