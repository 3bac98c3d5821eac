namespace CmkSim.Engine.Time;

/// <summary>
/// The two duration grammars behind <see cref="SimDuration"/>. Each parser returns null on success or the reason it
/// failed, so the caller can put the reason after the one shared "expected ..." text.
/// </summary>
internal static class DurationGrammar
{
    private const long SecondsPerMinute = 60;
    private const long SecondsPerHour = 60 * SecondsPerMinute;
    private const long SecondsPerDay = 24 * SecondsPerHour;

    // Key Vault's own convention for calendar units in rotation policies: a year is 365 days, a month 30.
    private const long SecondsPerMonth = 30 * SecondsPerDay;
    private const long SecondsPerYear = 365 * SecondsPerDay;

    private static readonly (char Unit, long Seconds)[] CompactUnits =
        [('w', 7 * SecondsPerDay), ('d', SecondsPerDay), ('h', SecondsPerHour), ('m', SecondsPerMinute), ('s', 1)];

    private static readonly (char Unit, long Seconds)[] IsoDateUnits =
        [('Y', SecondsPerYear), ('M', SecondsPerMonth), ('W', 7 * SecondsPerDay), ('D', SecondsPerDay)];

    private static readonly (char Unit, long Seconds)[] IsoTimeUnits =
        [('H', SecondsPerHour), ('M', SecondsPerMinute), ('S', 1)];

    // Every overflow and every duration over the bound gets this one reason, so no input can reach an arithmetic overflow.
    private static readonly string TooLong = $"it is too long: at most {SimDuration.LongestDays}d ({SimDuration.LongestDays / 365} years)";

    public static string? ParseCompact(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var position = 0;
        var reason = ParseUnits(text, ref position, CompactUnits, out var seconds);
        return reason ?? ToDuration(seconds, out duration);
    }

    public static string? ParseIso(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var position = 1; // past the 'P'
        var timeAt = text.IndexOf('T', StringComparison.Ordinal);
        var datePart = timeAt < 0 ? text : text[..timeAt];
        var reason = ParseUnits(datePart, ref position, IsoDateUnits, out var dateSeconds);
        if (reason is not null)
        {
            return reason;
        }

        var timeSeconds = 0L;
        if (timeAt >= 0)
        {
            if (timeAt == text.Length - 1)
            {
                return "'T' must be followed by hours, minutes or seconds";
            }

            position = timeAt + 1;
            reason = ParseUnits(text, ref position, IsoTimeUnits, out timeSeconds);
            if (reason is not null)
            {
                return reason;
            }
        }
        else if (text.Length == 1)
        {
            return "'P' must be followed by at least one amount";
        }

        return dateSeconds > long.MaxValue - timeSeconds ? TooLong : ToDuration(dateSeconds + timeSeconds, out duration);
    }

    // Reads <digits><unit> pairs from position to the end of text; units must come in the table's order, once each.
    private static string? ParseUnits(string text, ref int position, (char Unit, long Seconds)[] units, out long seconds)
    {
        seconds = 0;
        var nextUnit = 0;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            if (position == start)
            {
                return $"a number was expected at position {start + 1}, found '{text[start]}'";
            }

            if (position == text.Length)
            {
                return $"'{text[start..]}' has no unit";
            }

            var unit = text[position];
            var index = Array.FindIndex(units, nextUnit, u => u.Unit == unit);
            if (index < 0)
            {
                return Array.Exists(units, u => u.Unit == unit)
                    ? $"unit '{unit}' is repeated or out of order (largest unit first)"
                    : $"'{unit}' is not a unit here (use {string.Join(", ", units.Select(u => u.Unit))})";
            }

            if (!long.TryParse(text.AsSpan(start, position - start), System.Globalization.CultureInfo.InvariantCulture, out var amount)
                || amount > long.MaxValue / units[index].Seconds
                || seconds > long.MaxValue - amount * units[index].Seconds)
            {
                return TooLong;
            }

            seconds += amount * units[index].Seconds;
            nextUnit = index + 1;
            position++;
        }

        return null;
    }

    private static string? ToDuration(long seconds, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (seconds > (long)SimDuration.Longest.TotalSeconds)
        {
            return TooLong;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return null;
    }
}
