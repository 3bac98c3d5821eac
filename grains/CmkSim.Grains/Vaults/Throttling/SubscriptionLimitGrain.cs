using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults.Throttling;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Vaults.Throttling;

/// <summary>
/// The subscription-wide ceiling. Its counts live in the activation's memory, not in storage: a write per call would
/// cost more than the call it meters. Deterministic as long as calls reach it in a deterministic order (see
/// <see cref="ThrottlingSettings"/>).
/// </summary>
public sealed class SubscriptionLimitGrain([FromKeyedServices(TimeProviderNames.Grains)] TimeProvider time) : Grain, ISubscriptionLimitGrain
{
    private readonly FixedWindowLimiter _limiter = new();

    public Task<Admission> AdmitAsync(ThrottleClass throttleClass, int limit) =>
        Task.FromResult(_limiter.Admit(time.GetUtcNow(), throttleClass, limit));

    public Task<IReadOnlyList<ThrottleWindow>> GetWindowsAsync() => Task.FromResult(_limiter.Windows());
}
