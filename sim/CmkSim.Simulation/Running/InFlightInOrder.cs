namespace CmkSim.Simulation.Running;

/// <summary>
/// One call per item, at most a given number at once, the answers in the items' order: for the reads a run makes
/// between engine phases (checks, journal, inventory), which touch one grain each and commute, so the answers are the
/// same at every degree. One at a time when the run is order-sensitive (throttling decides by arrival order).
/// </summary>
internal static class InFlightInOrder
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
