using System.Globalization;

namespace CmkSim.Reports.Writers;

/// <summary>How every writer prints times and numbers: ISO-8601 UTC and invariant culture, so output never depends on the machine.</summary>
public static class ReportFormat
{
    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset start, DateTimeOffset time) =>
        "day " + (time - start).TotalDays.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Micros(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Seconds(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Verdict(bool passed) => passed ? "PASSED" : "FAILED";
}
