namespace CmkSim.Domain.Vaults.Throttling;

/// <summary>
/// Counts transactions in fixed 10-s windows of simulated time (aligned to the Unix epoch), one count per class, and
/// answers 429 once a window's count reaches the limit. A fixed window rather than a token bucket because the limit
/// is published as "transactions per 10 seconds" and Retry-After is then exactly the time to the window's end; it
/// is deterministic (no refill rate to round) and its counts are the evidence the report plots.
/// Rejected calls are not counted against the limit (Key Vault doesn't), only kept as evidence.
/// </summary>
/// <remarks>Pure and in memory; not thread-safe: its owner (a grain activation) calls it one call at a time.</remarks>
public sealed class FixedWindowLimiter
{
    private readonly Dictionary<(long Window, ThrottleClass Class), Counts> _windows = [];

    /// <summary>Whether a call now would be admitted, without counting it.</summary>
    public Admission Check(DateTimeOffset now, ThrottleClass c, int limit)
    {
        var window = WindowOf(now);
        return _windows.TryGetValue((window, c), out var counts) && counts.Admitted >= limit
            ? Admission.TooManyRequests(RetryAfter(now, window))
            : Admission.Admit;
    }

    /// <summary>Checks and counts: admitted calls count against the limit, rejected ones only as evidence.</summary>
    public Admission Admit(DateTimeOffset now, ThrottleClass c, int limit)
    {
        var answer = Check(now, c, limit);
        Record(now, c, limit, answer.Admitted);
        return answer;
    }

    /// <summary>Counts a call whose answer was decided elsewhere (e.g. the subscription refused a call the vault had room for).</summary>
    public void Record(DateTimeOffset now, ThrottleClass c, int limit, bool admitted)
    {
        var key = (WindowOf(now), c);
        var counts = _windows.GetValueOrDefault(key) ?? new Counts(limit);
        _windows[key] = admitted ? counts with { Admitted = counts.Admitted + 1 } : counts with { Rejected = counts.Rejected + 1 };
    }

    /// <summary>Every window that saw a call, in time order then class name.</summary>
    public IReadOnlyList<ThrottleWindow> Windows() => _windows
        .OrderBy(w => w.Key.Window).ThenBy(w => w.Key.Class.Name, StringComparer.Ordinal)
        .Select(w => new ThrottleWindow(StartOf(w.Key.Window), w.Key.Class.Name, w.Value.Limit, w.Value.Admitted, w.Value.Rejected))
        .ToList();

    public int Rejected => _windows.Values.Sum(c => c.Rejected);

    /// <summary>The window a time falls in; windows start at whole multiples of 10 s since the epoch.</summary>
    public static long WindowOf(DateTimeOffset t) => Math.DivRem(t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, KeyVaultServiceLimits.Window.Ticks, out var rem) - (rem < 0 ? 1 : 0);

    public static DateTimeOffset StartOf(long window) => DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(window * KeyVaultServiceLimits.Window.Ticks);

    /// <summary>Whole seconds to the window's end, rounded up (Retry-After is an integer header), at least one.</summary>
    public static TimeSpan RetryAfter(DateTimeOffset now, long window)
    {
        var left = StartOf(window + 1) - now;
        return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(left.TotalSeconds)));
    }

    private sealed record Counts(int Limit, int Admitted = 0, int Rejected = 0);
}
