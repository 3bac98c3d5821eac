namespace CmkSim.Scenarios.Model;

/// <summary>
/// What the run did to the tenant, from the impact figures of its journal (the report's second verdict), checked at
/// the end of the run. Each fact is bounded; <see cref="Verdict"/>, when given, is the verdict's level.
/// </summary>
public sealed record PostureExpectation(SourceLocation Location, IReadOnlyList<PostureBound> Facts, PostureVerdict? Verdict) : Expectation(Location);

/// <summary>One posture fact (<see cref="PostureFacts"/>) and its bound: exactly a value, or at most and/or at least.</summary>
public sealed record PostureBound(string Fact, double? Exactly, double? AtMost, double? AtLeast)
{
    public bool Holds(double actual) =>
        (Exactly is not { } e || actual == e) && (AtMost is not { } most || actual <= most) && (AtLeast is not { } least || actual >= least);

    public override string ToString() => Exactly is { } e ? $"{Fact} {Text(e)}"
        : string.Join(" and ", new[] { AtLeast is { } l ? $"{Fact} at least {Text(l)}" : null, AtMost is { } m ? $"{Fact} at most {Text(m)}" : null }.OfType<string>());

    public static string Text(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The report's second verdict, worst last: no harm seen, at risk, or data lost.</summary>
public enum PostureVerdict
{
    Sound,
    AtRisk,
    DataLost,
}

/// <summary>The posture facts a scenario can bound, as the report's impact figures name them.</summary>
public static class PostureFacts
{
    /// <summary>Outage hours summed over environments (lock to re-enable, deletion or the end of the run).</summary>
    public const string EnvironmentHoursOffline = "environmentHoursOffline";

    /// <summary>Environments that were offline at least once.</summary>
    public const string EnvironmentsOffline = "environmentsOffline";

    /// <summary>Environments whose data was lost for good.</summary>
    public const string EnvironmentsWithDataLost = "environmentsWithDataLost";

    /// <summary>Backups that can't be restored at the end of the run.</summary>
    public const string BackupsUnrestorable = "backupsUnrestorable";

    public static IReadOnlyList<string> All { get; } = [EnvironmentHoursOffline, EnvironmentsOffline, EnvironmentsWithDataLost, BackupsUnrestorable];

    /// <summary>Whether the fact counts whole things (a bound on it must be a whole number).</summary>
    public static bool IsCount(string fact) => fact != EnvironmentHoursOffline;
}
