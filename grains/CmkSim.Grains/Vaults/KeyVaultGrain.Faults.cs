using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Faults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Ports;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Domain.Vaults.Throttling;
using CmkSim.Grains.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// Faults injected on purpose (a scenario's hsmOutage, hsmLatency, hsmFailures, vaultUnreachable, forceThrottling):
/// each open window is held here, in the activation's memory (restored from the journal on activation), and applied in front of the HSM at the top of wrapKey
/// and unwrapKey, so the HSM itself stays real SoftHSM2 and nothing mocks the crypto. A window ends by a scheduled
/// engine event. Order of the gate: the network first (nothing reaches the vault), then the forced limit (metered at
/// the front door), then the HSM; an HSM fault answers before the permission checks, a simplification (a 403 would
/// come first in Azure, but a revoked identity during an outage is no case a scenario here needs).
/// </summary>
public sealed partial class KeyVaultGrain : IVaultFaultsGrain
{
    private readonly Dictionary<FaultKind, (Fault Fault, int Ticket, EventId Injected)> _faults = [];
    private int _faultTicket;

    /// <summary>
    /// The open windows again, from the journal: an activation that comes back after its silo was killed (or after
    /// any deactivation) still applies them, and each window's scheduled end still finds its ticket (the n-th
    /// injection's ticket is n, as <see cref="InjectFaultAsync"/> counts them).
    /// </summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var e in State.Journal)
        {
            switch (e)
            {
                case FaultInjected injected:
                    _faults[injected.Fault.Kind] = (injected.Fault, ++_faultTicket, injected.Id);
                    break;
                case FaultCleared cleared when _faults.TryGetValue(cleared.Kind, out var open) && open.Fault.From == cleared.From:
                    _faults.Remove(cleared.Kind);
                    break;
            }
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<Decision> InjectFaultAsync(string actor, Fault fault)
    {
        if (State.Settings is null)
        {
            return Lk01KeyAccessLoss.VaultGoneRefusal(Vault); // no vault to fault: the step is refused, not a crash
        }

        var ticket = ++_faultTicket;
        var id = State.Journal.Append($"vault/{Vault}", time.GetUtcNow(), actor, new FaultInjected(Vault, fault));
        _faults[fault.Kind] = (fault, ticket, id);
        await store.WriteStateAsync();
        scheduler.Schedule(fault.Until, $"vault/{Vault}", new FaultClears(Vault, fault.Kind, ticket));
        return Decision.Accept($"{fault.Kind} at {Vault} for {fault.Window}");
    }

    public async Task ClearFaultAsync(FaultKind kind, int ticket)
    {
        if (!_faults.TryGetValue(kind, out var open) || open.Ticket != ticket)
        {
            return; // replaced by a later injection of the same kind: that one's window ends it
        }

        _faults.Remove(kind);
        State.Journal.Append($"vault/{Vault}", time.GetUtcNow(), "platform",
            new FaultCleared(Vault, kind, open.Fault.From, open.Fault.Until), open.Injected);
        await store.WriteStateAsync();
    }

    /// <summary>Null when no fault stops the call; else the transport error, the 429 or the 503 it meets.</summary>
    private KeyVaultResult<T>? Faulted<T>(KeyVersionId keyId, string operation)
    {
        if (_faults.Count == 0)
        {
            return null;
        }

        if (_faults.ContainsKey(FaultKind.VaultUnreachable))
        {
            return KeyVaultResult<T>.Unavailable(KeyVaultStatus.Unreachable, $"{operation}: connection to {Vault} timed out (network)");
        }

        if (_faults.TryGetValue(FaultKind.ForcedThrottling, out var forced) && ForcedThrottle<T>(keyId, forced.Fault.Limit ?? 1) is { } throttled)
        {
            return throttled;
        }

        if (_faults.ContainsKey(FaultKind.HsmOutage))
        {
            return DeviceError<T>(operation);
        }

        // One draw per call from the vault's own named stream: which calls fail depends only on the seed and the calls' order.
        return _faults.TryGetValue(FaultKind.HsmFailures, out var failing)
            && ServiceProvider.GetRequiredService<IRandomStreams>().Stream($"faults/hsmFailures/{Vault}").NextDouble() < (failing.Fault.Share ?? 0)
            ? DeviceError<T>(operation)
            : null;
    }

    /// <summary>The answer as an injected HSM latency makes it: late by the added time.</summary>
    private KeyVaultResult<T> Slowed<T>(KeyVaultResult<T> answer) =>
        _faults.TryGetValue(FaultKind.HsmLatency, out var slow) ? answer with { Latency = slow.Fault.Added } : answer;

    private static KeyVaultResult<T> DeviceError<T>(string operation) =>
        KeyVaultResult<T>.Unavailable(KeyVaultStatus.ServiceUnavailable, $"{operation}: HSM device error (CKR_DEVICE_ERROR)");

    /// <summary>The vault's own 10 s window at the forced limit (every key class alike; the subscription is not asked).</summary>
    private KeyVaultResult<T>? ForcedThrottle<T>(KeyVersionId keyId, int limit)
    {
        if (!State.Keys.TryGetValue(keyId.Name, out var key))
        {
            return null;
        }

        var throttleClass = ThrottleClass.Of(key.Type, key.Size);
        var now = time.GetUtcNow();
        var answer = _limiter.Check(now, throttleClass, limit);
        _limiter.Record(now, throttleClass, limit, answer.Admitted);
        return answer.Admitted
            ? null
            : KeyVaultResult<T>.TooManyRequests($"throttling forced on: {throttleClass} over {limit} in this 10 s window", answer.RetryAfter);
    }
}
