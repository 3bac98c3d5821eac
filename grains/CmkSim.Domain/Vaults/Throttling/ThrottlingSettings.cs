namespace CmkSim.Domain.Vaults.Throttling;

/// <summary>
/// Whether Key Vault's service limits apply in a run, and which: a scenario's <c>platform: { throttling: … }</c>.
/// Off unless a scenario (or <c>cmksim load --throttling on</c>) turns it on: the library never gets near the
/// published limits, and a run with it off makes no limiter calls at all.
/// </summary>
/// <remarks>
/// Determinism: the limiter admits in the order calls reach a vault. With one event dispatched at a time that order is
/// the engine's (time, owner, sequence) order; an engine that runs data-plane events concurrently must run them one at
/// a time, in that order, while <see cref="Enabled"/> is true, or who gets a 429 depends on thread timing.
/// </remarks>
public sealed record ThrottlingSettings(
    bool Enabled,
    VaultLimits Vault,
    int SubscriptionMultiplier = KeyVaultServiceLimits.SubscriptionMultiplier)
{
    public static readonly ThrottlingSettings Off = new(false, VaultLimits.Published);

    /// <summary>On, with the published limits.</summary>
    public static readonly ThrottlingSettings Published = new(true, VaultLimits.Published);

    public int VaultLimit(ThrottleClass c) => Vault.For(c);

    public int SubscriptionLimit(ThrottleClass c) => Vault.For(c) * SubscriptionMultiplier;
}
