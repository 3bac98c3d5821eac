using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// Refusals of wrap and unwrap, which interleave: a window of environments' local events calls at once, each at its
/// own simulated time, and the calls arrive in any order. Each refusal takes its place among the data-plane refusals
/// at the journal's end by its time, then by what it says (actor, subject, operation, rule, status, reason), and
/// those after it are numbered again; so the journal is the same whatever order the calls came in (and in time order,
/// as before). Nothing names a data-plane refusal as its cause, so renumbering them moves no reference.
/// </summary>
public sealed partial class KeyVaultGrain
{
    private Task? _writing;
    private bool _unwritten;

    private async Task<KeyVaultResult<T>> RefuseDataPlane<T>(string principal, string operation, string subject, KeyVaultStatus status, Decision refusal)
    {
        var owner = $"vault/{Vault}";
        var now = time.GetUtcNow();
        var refused = new Refused(operation, $"{Vault}/{subject}", refusal.RuleId!, refusal.Message, (int)status) { Time = now, Actor = principal };
        var journal = State.Journal;
        // Back from the end past the data-plane refusals that sort after this one: usually none, so O(1).
        var at = journal.Count;
        while (at > 0 && journal[at - 1] is Refused r && IsDataPlane(r) && DataPlaneOrder(r, refused) > 0)
        {
            at--;
        }

        journal.Insert(at, refused);
        for (var i = at; i < journal.Count; i++)
        {
            journal[i] = journal[i] with { Id = new EventId(owner, i + 1) };
        }

        await WriteInTurnAsync();
        return KeyVaultResult<T>.Refused(status, refusal.Message, refusal.RuleId!);
    }

    private static bool IsDataPlane(Refused r) => r.RefusedOperation is Operations.WrapKey or Operations.UnwrapKey;

    private static int DataPlaneOrder(Refused a, Refused b)
    {
        var order = a.Time.UtcTicks.CompareTo(b.Time.UtcTicks);
        order = order != 0 ? order : string.CompareOrdinal(a.Actor, b.Actor);
        order = order != 0 ? order : string.CompareOrdinal(a.Subject, b.Subject);
        order = order != 0 ? order : string.CompareOrdinal(a.RefusedOperation, b.RefusedOperation);
        order = order != 0 ? order : string.CompareOrdinal(a.Rule, b.Rule);
        order = order != 0 ? order : Nullable.Compare(a.Status, b.Status);
        return order != 0 ? order : string.CompareOrdinal(a.Reason, b.Reason);
    }

    /// <summary>
    /// One storage write at a time: interleaved refusals would otherwise write concurrently with the same ETag. A
    /// write that starts after a change carries it, so a caller whose change an in-flight write may have missed waits
    /// for it and writes again.
    /// </summary>
    private async Task WriteInTurnAsync()
    {
        _unwritten = true;
        while (_writing is { IsCompleted: false } running)
        {
            await running;
        }

        if (!_unwritten)
        {
            return;
        }

        _unwritten = false;
        var write = store.WriteStateAsync();
        _writing = write;
        try
        {
            await write;
        }
        finally
        {
            if (_writing == write)
            {
                _writing = null;
            }
        }
    }
}
