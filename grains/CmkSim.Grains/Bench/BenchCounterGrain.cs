using CmkSim.Contracts.Bench;

namespace CmkSim.Grains.Bench;

/// <summary>An in-memory counter: no state, storage or clock, so a call costs only Orleans' own dispatch.</summary>
public sealed class BenchCounterGrain : Grain, IBenchCounterGrain
{
    private int _ticks;

    // Not reentrant: each call runs alone, so a plain increment is safe.
    public Task<int> TickAsync() => Task.FromResult(++_ticks);
}
