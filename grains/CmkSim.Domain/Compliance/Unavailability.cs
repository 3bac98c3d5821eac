using CmkSim.Domain.Faults;
using CmkSim.Domain.Journal;

namespace CmkSim.Domain.Compliance;

/// <summary>
/// One environment unavailable, not locked: from its first read (or write) that failed because its customer key's
/// vault or HSM did not answer during an injected fault (its cached data key had expired), until the fault cleared or
/// a read succeeded again, whichever came first (or the journal's last event). Positions are the evidence.
/// </summary>
public sealed record Unavailability(
    string Environment, string Vault, FaultKind Fault, DateTimeOffset Start, DateTimeOffset End,
    int FaultPosition, int FailurePosition, int? EndPosition)
{
    public double Hours => (End - Start).TotalHours;

    /// <summary>Every span of the journal, in the order they began.</summary>
    public static IReadOnlyList<Unavailability> From(IReadOnlyList<JournalEvent> journal)
    {
        var vaultOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var faults = new Dictionary<string, (int Position, FaultInjected Event)>(StringComparer.Ordinal);
        var open = new Dictionary<string, (int Position, DateTimeOffset Start, string Vault, int FaultPosition, FaultKind Kind)>(StringComparer.Ordinal);
        var spans = new List<Unavailability>();
        for (var i = 0; i < journal.Count; i++)
        {
            switch (journal[i])
            {
                case EnvironmentEncrypted e:
                    vaultOf[e.Environment] = e.Version.Vault;
                    break;
                case KeyVersionRolledOut r:
                    vaultOf[r.Environment] = r.To.Vault;
                    break;
                case EnvironmentReverted r:
                    vaultOf.Remove(r.Environment);
                    break;
                case FaultInjected f when f.Fault.FailsCalls:
                    faults[f.Vault] = (i, f);
                    break;
                case FaultCleared c when faults.TryGetValue(c.Vault, out var fault) && fault.Event.Fault.Kind == c.Kind:
                    faults.Remove(c.Vault);
                    foreach (var (environment, span) in open.Where(o => o.Value.FaultPosition == fault.Position).ToList())
                    {
                        Close(environment, span, c.Time, i);
                    }

                    break;
                case RecordsRead r when r.Unreadable > 0 && r.Rule == Rules.RuleId.LK01:
                    Failed(r.Environment, i, r.Time);
                    break;
                case Refused w when w.RefusedOperation == Operations.WriteRecords && w.Rule == Rules.RuleId.LK01:
                    Failed(w.Subject["environment/".Length..], i, w.Time);
                    break;
                case RecordsRead r when r.Failure is null && open.TryGetValue(r.Environment, out var span):
                    Close(r.Environment, span, r.Time, i);
                    break;
            }
        }

        var last = journal.Count == 0 ? DateTimeOffset.MinValue : journal[^1].Time;
        foreach (var (environment, span) in open.ToList())
        {
            Close(environment, span, last, null);
        }

        return spans.OrderBy(s => s.FailurePosition).ToList();

        // A failure counts only while a fault that fails calls is open on the vault of the environment's key.
        void Failed(string environment, int position, DateTimeOffset time)
        {
            if (!open.ContainsKey(environment) && vaultOf.TryGetValue(environment, out var vault) && faults.TryGetValue(vault, out var fault))
            {
                open[environment] = (position, time, vault, fault.Position, fault.Event.Fault.Kind);
            }
        }

        void Close(string environment, (int Position, DateTimeOffset Start, string Vault, int FaultPosition, FaultKind Kind) span, DateTimeOffset end, int? endPosition)
        {
            open.Remove(environment);
            spans.Add(new Unavailability(environment, span.Vault, span.Kind, span.Start, end < span.Start ? span.Start : end,
                span.FaultPosition, span.Position, endPosition));
        }
    }
}
