using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Compliance;

/// <summary>
/// What a run did to the tenant, computed from the journal alone: every outage (lock to re-enable, deletion or end of
/// run), the environments whose data was lost, the backups that can't be restored at the end, and these per cause,
/// per policy and per region.
/// </summary>
public sealed record ImpactFigures(
    IReadOnlyList<Outage> Outages,
    IReadOnlyList<string> DataLost,
    IReadOnlyList<UnrestorableBackup> UnrestorableBackups,
    IReadOnlyList<ImpactRow> ByCause,
    IReadOnlyList<ImpactRow> ByPolicy,
    IReadOnlyList<ImpactRow> ByRegion)
{
    /// <summary>The key impact rows use for an environment that had no policy (or no known region).</summary>
    public const string None = "(none)";

    public static ImpactFigures Empty { get; } = new([], [], [], [], [], []);

    public int EnvironmentsOffline => Outages.Select(o => o.Environment).Distinct(StringComparer.Ordinal).Count();

    public double EnvironmentHours => Outages.Sum(o => o.Hours);

    public IReadOnlyList<Outage> StillLocked => Outages.Where(o => o.Ending == OutageEnding.StillLocked).ToList();

    /// <summary>The figures of a journal whose run ended at <paramref name="end"/>.</summary>
    public static ImpactFigures From(IReadOnlyList<JournalEvent> journal, DateTimeOffset end)
    {
        var outages = OutagesOf(journal, end);
        var lost = outages.Where(o => o.Ending == OutageEnding.Deleted).Select(o => o.Environment).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        return new ImpactFigures(outages, lost, Backups.Unrestorable(journal, lost.ToHashSet(StringComparer.Ordinal)),
            Rows(outages, o => o.Rule), Rows(outages, o => o.Policy ?? None), Rows(outages, o => o.Region ?? None));
    }

    private static List<Outage> OutagesOf(IReadOnlyList<JournalEvent> journal, DateTimeOffset end)
    {
        var policy = new Dictionary<string, string?>(StringComparer.Ordinal);
        var region = new Dictionary<string, string>(StringComparer.Ordinal);
        // An environment's open outage: its lock, where it was, and the lock's deadline.
        var open = new Dictionary<string, (EnvironmentLocked Lock, int Position)>(StringComparer.Ordinal);
        var outages = new List<Outage>();
        for (var i = 0; i < journal.Count; i++)
        {
            switch (journal[i])
            {
                case EnvironmentCreated c:
                    region[c.Environment] = c.Region;
                    break;
                case EnvironmentAddedToPolicy a:
                    policy[a.Environment] = a.Policy;
                    break;
                case EnvironmentReverted r:
                    policy[r.Environment] = null;
                    break;
                // A second lock of a locked environment (a failed re-enable ...) keeps the first one's start and deadline.
                case EnvironmentLocked l when !open.ContainsKey(l.Environment):
                    open[l.Environment] = (l, i);
                    break;
                case EnvironmentReEnabled e when open.Remove(e.Environment, out var locked):
                    outages.Add(Close(locked, e.Time, OutageEnding.ReEnabled));
                    break;
                case LockedEnvironmentDeleted d when open.Remove(d.Environment, out var locked):
                    outages.Add(Close(locked, d.Time, OutageEnding.Deleted));
                    break;
                case EnvironmentDeleted d when open.Remove(d.Environment, out var locked):
                    outages.Add(Close(locked, d.Time, OutageEnding.DeletedByAdmin));
                    break;
            }
        }

        outages.AddRange(open.Values.Select(locked => Close(locked, end, OutageEnding.StillLocked)));
        return outages.OrderBy(o => o.LockPosition).ToList();

        Outage Close((EnvironmentLocked Lock, int Position) locked, DateTimeOffset until, OutageEnding ending) => new(
            locked.Lock.Environment, locked.Lock.Rule ?? Rules.RuleId.LK01, policy.GetValueOrDefault(locked.Lock.Environment),
            region.GetValueOrDefault(locked.Lock.Environment), locked.Lock.Time, until < locked.Lock.Time ? locked.Lock.Time : until, ending,
            locked.Lock.Time + locked.Lock.DeletedAfter, locked.Position);
    }

    private static List<ImpactRow> Rows(List<Outage> outages, Func<Outage, string> key) => outages
        .GroupBy(key, StringComparer.Ordinal)
        .Select(g => new ImpactRow(g.Key, g.Select(o => o.Environment).Distinct(StringComparer.Ordinal).Count(), g.Sum(o => o.Hours),
            g.Count(o => o.Ending == OutageEnding.StillLocked), g.Where(o => o.Ending == OutageEnding.Deleted).Select(o => o.Environment).Distinct(StringComparer.Ordinal).Count()))
        .OrderBy(r => r.Key, StringComparer.Ordinal)
        .ToList();
}
