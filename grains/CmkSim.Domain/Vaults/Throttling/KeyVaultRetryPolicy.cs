namespace CmkSim.Domain.Vaults.Throttling;

/// <summary>
/// How the platform's storage resources back off from a 429, the way the Azure SDK's default retry policy does
/// (Azure.Core <c>RetryOptions</c>: Mode Exponential, Delay 0.8 s, MaxDelay 1 min, MaxRetries 3; a Retry-After header
/// overrides the computed delay). Without the SDK's random jitter: the model stays deterministic, and Retry-After
/// already spreads callers to the window's end. When the SDK gives up after its retries, the platform's operation
/// (a re-enable, a roll-out, a key-access check) is queued again after the Retry-After and a fresh SDK call begins:
/// the operation is delayed, never failed, by throttling.
/// </summary>
public sealed record KeyVaultRetryPolicy(TimeSpan Delay, TimeSpan MaxDelay, int MaxRetries)
{
    public static readonly KeyVaultRetryPolicy AzureSdkDefault = new(TimeSpan.FromSeconds(0.8), TimeSpan.FromMinutes(1), 3);

    /// <summary>The wait before the next try after the operation's <paramref name="rejections"/>-th 429 in a row.</summary>
    /// <param name="rejections">1 for the first 429.</param>
    public TimeSpan DelayAfter(int rejections, TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rejections, 1);
        // Try k of one SDK call (0 = the first request) is followed by retry k+1; after MaxRetries it gives up.
        var attempt = (rejections - 1) % (MaxRetries + 1);
        if (attempt == MaxRetries)
        {
            return retryAfter; // the SDK gave up: the platform queues the operation again when the vault said to
        }

        var backoff = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, Delay.Ticks * (1L << attempt)));
        return retryAfter > backoff ? retryAfter : backoff;
    }
}
