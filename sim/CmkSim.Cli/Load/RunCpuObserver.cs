using System.Diagnostics;
using CmkSim.Scenarios;
using CmkSim.Simulation.Runs;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Load;

/// <summary>
/// Passes a batch's news on to <paramref name="inner"/> and keeps the process CPU time the simulation itself used
/// (from running to ran: not the report writing after it), and the garbage collector's pauses, collections and allocated bytes and
/// the JIT compiler's time and methods over the same span, for the load figures: unlike wall time, the CPU and GC figures
/// move little with what else the machine runs.
/// </summary>
internal sealed class RunCpuObserver(IBatchObserver inner) : IBatchObserver
{
    private TimeSpan _started;
    private TimeSpan _pausedBefore;
    private int _gen0Before;
    private int _gen2Before;
    private long _allocatedBefore;
    private TimeSpan _jitBefore;
    private long _jitMethodsBefore;

    public TimeSpan CpuTime { get; private set; }

    public TimeSpan GcPauses { get; private set; }

    public int Gen0Collections { get; private set; }

    public int Gen2Collections { get; private set; }

    /// <summary>Bytes the process allocated on the managed heap over the run: what its collections had to clear.</summary>
    public long AllocatedBytes { get; private set; }

    /// <summary>
    /// Time the JIT compiler spent compiling over the run, summed over threads (<see cref="System.Runtime.JitInfo"/>): elapsed
    /// time on the compiling threads, so on busy cores an upper bound on its CPU.
    /// </summary>
    public TimeSpan JitTime { get; private set; }

    public long JitMethods { get; private set; }

    public IProgress<RunProgress>? Running(Scenario scenario)
    {
        _started = Process.GetCurrentProcess().TotalProcessorTime;
        _pausedBefore = GC.GetTotalPauseDuration();
        _gen0Before = GC.CollectionCount(0);
        _gen2Before = GC.CollectionCount(2);
        _allocatedBefore = GC.GetTotalAllocatedBytes();
        _jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        _jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        return inner.Running(scenario);
    }

    public void Ran(Scenario scenario)
    {
        CpuTime = Process.GetCurrentProcess().TotalProcessorTime - _started;
        GcPauses = GC.GetTotalPauseDuration() - _pausedBefore;
        Gen0Collections = GC.CollectionCount(0) - _gen0Before;
        Gen2Collections = GC.CollectionCount(2) - _gen2Before;
        AllocatedBytes = GC.GetTotalAllocatedBytes() - _allocatedBefore;
        JitTime = System.Runtime.JitInfo.GetCompilationTime() - _jitBefore;
        JitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - _jitMethodsBefore;
        inner.Ran(scenario);
    }

    public void Reported(ScenarioRunResult result, string reportFolder) => inner.Reported(result, reportFolder);

    public void Published(string indexHtml, string signerFingerprint) => inner.Published(indexHtml, signerFingerprint);
}
