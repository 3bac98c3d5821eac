using CmkSim.Contracts;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Vaults.Throttling;
using CmkSim.Grains.Environments;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// Key Vault's service limits on wrapKey and unwrapKey, checked before anything else: Key Vault meters every
/// transaction at its front door, before it looks at who calls or which key, so a 403 counts too and a 429 says
/// nothing about access. The vault's own window first; only a call it has room for asks the subscription, and it
/// counts the call only if the subscription admitted it too (a rejected call counts nowhere).
/// Microsoft's own vaults are not metered: the platform's keys are not the customer's limits.
/// </summary>
public sealed partial class KeyVaultGrain
{
    private readonly FixedWindowLimiter _limiter = new();
    private ThrottlingSettings? _throttling;

    public Task<IReadOnlyList<ThrottleWindow>> GetThrottlingAsync() => Task.FromResult(_limiter.Windows());

    /// <summary>Null when the call may go on; else the 429 with its Retry-After.</summary>
    private async Task<KeyVaultResult<T>?> Throttle<T>(KeyVersionId keyId)
    {
        _throttling ??= await GrainFactory.GetGrain<IThrottlingSettingsGrain>(IThrottlingSettingsGrain.Key).GetAsync();
        if (!_throttling.Enabled || PlatformKeys.IsPlatformVault(Vault) || State.Settings is not { } settings
            || !State.Keys.TryGetValue(keyId.Name, out var key))
        {
            return null; // a vault or key that isn't there answers 404 below, unmetered
        }

        var throttleClass = ThrottleClass.Of(key.Type, key.Size);
        var now = time.GetUtcNow();
        var limit = _throttling.VaultLimit(throttleClass);
        var answer = _limiter.Check(now, throttleClass, limit);
        if (answer.Admitted)
        {
            answer = await GrainFactory.Reference<ISubscriptionLimitGrain>(settings.Subscription)
                .AdmitAsync(throttleClass, _throttling.SubscriptionLimit(throttleClass));
        }

        _limiter.Record(now, throttleClass, limit, answer.Admitted);
        return answer.Admitted
            ? null
            : KeyVaultResult<T>.TooManyRequests($"{throttleClass} transactions over the limit in this 10 s window", answer.RetryAfter);
    }
}
