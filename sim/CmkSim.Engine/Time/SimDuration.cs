namespace CmkSim.Engine.Time;

/// <summary>
/// Durations as scenarios write them: compact (<c>0</c>, <c>90s</c>, <c>28d12h</c>, <c>1w</c>) or the ISO-8601 form
/// Key Vault rotation policies use (<c>P90D</c>, <c>PT24H</c>, <c>P1Y</c>). Whole seconds only: the simulation has no
/// use for less, and it keeps <see cref="Format"/> and <see cref="Parse"/> exact inverses.
/// </summary>
public static class SimDuration
{
    /// <summary>What a valid duration looks like; every parse error starts with it so the fix is in the message.</summary>
    public const string Expected =
        "expected '0', a compact duration such as '90s', '5m', '28d12h' or '1w2d' (whole numbers with units w, d, h, m, s, "
        + "each at most once, largest first), or an ISO-8601 duration such as 'P90D', 'PT24H', 'P1Y' (365 days) or 'P1M' (30 days)";

    /// <summary>
    /// The longest duration a scenario may write (ten years). Any time in a run is a sum of a few of these, so it
    /// stays far from <see cref="TimeSpan.MaxValue"/> (about 29,000 years) and no addition can overflow.
    /// </summary>
    public const int LongestDays = 3650;

    public static readonly TimeSpan Longest = TimeSpan.FromDays(LongestDays);

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration, out var error) ? duration : throw new FormatException(error);

    public static bool TryParse(string? text, out TimeSpan duration) => TryParse(text, out duration, out _);

    public static bool TryParse(string? text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        var trimmed = text?.Trim() ?? string.Empty;
        var reason = trimmed.Length == 0
            ? "the text is empty"
            : trimmed == "0"
                ? null
                : trimmed[0] == 'P'
                    ? DurationGrammar.ParseIso(trimmed, out duration)
                    : DurationGrammar.ParseCompact(trimmed, out duration);
        error = reason is null ? string.Empty : $"Invalid duration '{text}': {Expected}; {reason}.";
        return reason is null;
    }

    /// <summary>The compact form, largest unit first, weeks left as days (<c>28d12h</c>); <c>0</c> for zero.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A simulated duration is never negative.");
        }

        if (duration.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Simulated durations are whole seconds; this one has a fraction.");
        }

        if (duration == TimeSpan.Zero)
        {
            return "0";
        }

        var text = new System.Text.StringBuilder();
        Append(text, duration.Days, 'd');
        Append(text, duration.Hours, 'h');
        Append(text, duration.Minutes, 'm');
        Append(text, duration.Seconds, 's');
        return text.ToString();
    }

    private static void Append(System.Text.StringBuilder text, int amount, char unit)
    {
        if (amount != 0)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{amount}{unit}");
        }
    }
}
