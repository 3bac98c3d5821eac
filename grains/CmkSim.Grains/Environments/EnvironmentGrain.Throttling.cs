using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Scheduling;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Grains.Environments;

/// <summary>
/// Back-off from Key Vault's 429s, as the platform's storage resources do it with the Azure SDK's default policy
/// (<see cref="KeyVaultRetryPolicy"/>): a throttled operation is undone and queued again as a new engine event at
/// now + the delay, never waited for, so it completes later in simulated time. The events it journals when it does
/// complete carry the 429s and the delay (<see cref="JournalEvent.Throttled"/>). Tallies live in the activation's
/// memory only while an operation is being retried. Injected faults take the same path (KeyVaultGrain.Faults): a 503
/// from a failing HSM or a transport error is retried with the SDK's back-off (no Retry-After: after the SDK gives up,
/// the operation is queued again after its longest back-off), and a late HSM answer delays the operation's first
/// attempt by the latency, once; the tally then counts those tries and that time too.
/// </summary>
public sealed partial class EnvironmentGrain
{
    private readonly Dictionary<string, ThrottlingDelay> _throttled = new(StringComparer.Ordinal);

    /// <summary>The tally of the operation running now, stamped on every event it journals; null when it met no 429.</summary>
    private ThrottlingDelay? _delayed;

    /// <summary>True while an operation's first attempt runs: a late HSM answer queues it for later (see EnvironmentKeyWrapper).</summary>
    private bool _defersOnLatency;

    /// <summary>Runs <paramref name="run"/>; on a 429, <paramref name="undo"/> puts back what it changed and <paramref name="again"/> is queued.</summary>
    /// <param name="operation">Names the operation's tally; one per operation that can be pending at once.</param>
    private async Task RetryingWhenThrottled(string operation, Func<Task> run, ScheduledWork again, Action? undo = null)
    {
        _delayed = _throttled.Remove(operation, out var tally) ? tally : null;
        _defersOnLatency = tally is null;
        try
        {
            await run();
        }
        catch (KeyVaultTransientException e)
        {
            undo?.Invoke();
            RetryLater(operation, tally, e, again);
        }
        finally
        {
            _delayed = null;
            _defersOnLatency = false;
        }
    }

    /// <summary>A timed operation (encryption, revert, re-enable): its data keys and identity go back as they were, the same ticket runs again.</summary>
    private Task OperationRetryingWhenThrottled(EnvironmentOperation operation, int ticket, EventId? cause, Func<Task> run)
    {
        var keys = Resources.ToDictionary(r => r, r => StateOf(r).DataKey);
        var principal = State.Principal;
        return RetryingWhenThrottled(operation.ToString(), run, new EnvironmentOperationDue(Name, operation, ticket, cause), () =>
        {
            foreach (var (resource, key) in keys)
            {
                StateOf(resource).DataKey = key;
            }

            State.Principal = principal;
            ForgetStores();
        });
    }

    /// <summary>One resource's roll-out met a 429: it runs again later, on its own (the others go on).</summary>
    private void RetryRollOutLater(StorageResource resource, KeyVersionId to, EventId cause, KeyVaultTransientException e) =>
        RetryLater(RollOutOperation(resource), _delayed, e, new KeyVersionRollOut(Name, to, resource, cause));

    private static string RollOutOperation(StorageResource resource) => $"rollOut/{resource}";

    /// <summary>At a re-enable request: a throttled probe is no refusal (a 429 says nothing about access); the completion probes again.</summary>
    private async Task<KeyAccessFailure?> AccessFailureUnlessThrottled()
    {
        try
        {
            return await AccessFailure();
        }
        catch (KeyVaultTransientException)
        {
            return null;
        }
    }

    private void RetryLater(string operation, ThrottlingDelay? tally, KeyVaultTransientException e, ScheduledWork again)
    {
        var rejections = (tally?.Rejections ?? 0) + 1;
        var delay = KeyVaultRetryPolicy.AzureSdkDefault.DelayAfter(rejections, e.RetryAfter);
        if (e is not KeyVaultThrottledException)
        {
            // A 503 or transport error has no Retry-After: once the SDK gives up, wait its longest back-off. Simulated
            // time is whole seconds, so the SDK's 0.8 s, 1.6 s, 3.2 s become 1 s, 2 s, 4 s.
            delay = delay <= TimeSpan.Zero ? KeyVaultRetryPolicy.AzureSdkDefault.MaxDelay : TimeSpan.FromSeconds(Math.Ceiling(delay.TotalSeconds));
        }

        _throttled[operation] = new ThrottlingDelay(rejections, (tally?.Added ?? TimeSpan.Zero) + delay);
        scheduler.ScheduleAfter(delay, Name, new EnvironmentRetry(operation, again));
    }

    /// <summary>The event as journaled: stamped with the running operation's throttling, if any.</summary>
    private JournalEvent Delayed(JournalEvent e) => _delayed is { } delayed ? e with { Throttled = delayed } : e;
}
