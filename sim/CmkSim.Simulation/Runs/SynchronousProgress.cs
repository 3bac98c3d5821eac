namespace CmkSim.Simulation.Runs;

/// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread pool and can reorder).</summary>
public sealed class SynchronousProgress(Action<TimeSpan> report) : IProgress<TimeSpan>
{
    public void Report(TimeSpan value) => report(value);
}
