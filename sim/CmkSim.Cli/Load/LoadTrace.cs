using System.Diagnostics;
using System.Globalization;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Grains.Hosting;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Load;

/// <summary>
/// The load run's diagnostic log (issue 12: where the run leaves the HSM idle), written only when the environment
/// variable <see cref="Variable"/> names a file: one tab-separated line per wall second with the run's phase, the
/// simulated time, events and local windows dispatched in that second, the window running at the sample (its first
/// event, size and scope), process CPU seconds, GC pause, grain calls, AES-GCM records, HSM operations in progress and
/// RSA unwraps and wraps completed. Not in normal output (the phases' totals are in every load report: PhaseClock).
/// </summary>
internal sealed class LoadTrace : IRunTrace, IDisposable
{
    public const string Variable = "CMKSIM_LOAD_TRACE";

    private readonly StreamWriter _log;
    private int _second; // the sample's number: the timer ticks once a wall second
    private readonly Timer _timer;
    private readonly object _sync = new();
    private SimulationEngine? _engine;
    private DateTimeOffset _start;
    private volatile string _phase = "silo"; // until the run says "tenant": the silo and its tokens start
    private bool _disposed;
    private readonly Timer _gauge;
    private long _hsmSamples;
    private long _hsmBusy;

    /// <summary>Every 10 ms: how many HSM operations are running (their mean over a second: the HSM's busy sessions).</summary>
    private void Gauge()
    {
        Interlocked.Add(ref _hsmBusy, HsmActivity.Running);
        Interlocked.Increment(ref _hsmSamples);
    }
    private (long Events, long Batches, long Batched, TimeSpan Cpu, TimeSpan Gc, long Calls, long Records, long Unwraps, long Wraps) _last;

    private LoadTrace(string file)
    {
        _log = new StreamWriter(file) { AutoFlush = true };
        _log.WriteLine("wall\tphase\tsimDays\tevents\tbatches\tbatched\trunningKind\trunningEvents\trunningScope\trunningDueDays\tcpu\tgcMs\tcalls\trecords\thsmBusy\tunwraps\twraps");
        _last = Totals(0, 0, 0);
        _timer = new Timer(_ => Sample(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        _gauge = new Timer(_ => Gauge(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));
    }

    /// <summary>The trace the environment asks for, or null.</summary>
    public static LoadTrace? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } file ? new LoadTrace(file) : null;

    public void Started(SimulationEngine engine)
    {
        _engine = engine;
        _start = engine.Now;
    }

    public void Phase(string name) => _phase = name;

    public void Checkpoint()
    {
    }

    private static (long, long, long, TimeSpan, TimeSpan, long, long, long, long) Totals(long events, long batches, long batched)
    {
        var records = RecordCipherCounts.Snapshot();
        return (events, batches, batched, Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration(),
            GrainCallCounter.Total, records.Seals + records.Opens, HsmActivity.Unwraps, HsmActivity.Wraps);
    }

    private void Sample()
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return; // a tick that was already queued when the trace closed
            }

            var engine = _engine;
            var (batches, batched) = engine?.LocalBatches ?? (0, 0);
            var now = Totals(engine?.EventsDispatched ?? 0, batches, batched);
            var running = engine?.Running;
            var simDays = engine is null ? 0 : (engine.Clock.GetUtcNow() - _start).TotalDays;
            var line = string.Join('\t',
                (++_second).ToString(CultureInfo.InvariantCulture), _phase,
                simDays.ToString("F3", CultureInfo.InvariantCulture),
                now.Item1 - _last.Events, now.Item2 - _last.Batches, now.Item3 - _last.Batched,
                running?.First.Kind ?? "-", running?.Events ?? 0, running?.First.Scope.ToString() ?? "-",
                running is null ? "-" : (running.First.Due - _start).TotalDays.ToString("F3", CultureInfo.InvariantCulture),
                (now.Item4 - _last.Cpu).TotalSeconds.ToString("F2", CultureInfo.InvariantCulture),
                (now.Item5 - _last.Gc).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture),
                now.Item6 - _last.Calls, now.Item7 - _last.Records,
                ((double)Interlocked.Exchange(ref _hsmBusy, 0) / Math.Max(1, Interlocked.Exchange(ref _hsmSamples, 0))).ToString("F2", CultureInfo.InvariantCulture),
                now.Item8 - _last.Unwraps, now.Item9 - _last.Wraps);
            _last = now;
            _log.WriteLine(line);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _gauge.Dispose();
        lock (_sync)
        {
            _disposed = true;
            _log.Dispose();
        }
    }
}
