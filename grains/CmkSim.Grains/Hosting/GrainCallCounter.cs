namespace CmkSim.Grains.Hosting;

/// <summary>
/// Counts every grain call a silo of this process receives: the load run's Orleans work, which its bound prices at the
/// bare rate of trivial calls. Interlocked, so the total is the same whatever order concurrent events ran in;
/// process-wide (silos come and go with runs), so a reader takes <see cref="Total"/> before and after and subtracts.
/// </summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private static long _calls;

    public static long Total => Interlocked.Read(ref _calls);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        Interlocked.Increment(ref _calls);
        return context.Invoke();
    }
}
