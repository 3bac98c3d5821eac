namespace CmkSim.Domain.Concurrency;

/// <summary>
/// One call per item, at most a given number at once, the answers in the items' order: for calls that touch one
/// environment each and commute (a step over many environments, the reads between engine phases, journal collection),
/// so the answers are the same at every degree. Callers pass 1 when order matters (throttling decides by arrival).
/// </summary>
public static class InFlightInOrder
{
    public static async Task<T[]> RunAsync<TItem, T>(IReadOnlyList<TItem> items, int inFlight, Func<TItem, Task<T>> call)
    {
        var answers = new T[items.Count];
        var next = -1;

        async Task Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                answers[i] = await call(items[i]);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, Math.Min(inFlight, items.Count))).Select(_ => Worker()));
        return answers;
    }
}
