using System.Diagnostics;
using System.Security.Cryptography;
using CmkSim.Contracts;
using CmkSim.Cli.Bench;
using CmkSim.Contracts.Bench;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Simulation.Hosting;
using CmkSim.Simulation.Load;

namespace CmkSim.Cli.Load;

/// <summary>
/// The bare rates a load run's bound prices its work at, measured in the same process. RSA-2048 OAEP through bare
/// Pkcs11Interop on every core, in short probes (best of two cells of <see cref="ShortCell"/> each) before the run,
/// during it at checkpoints where the engine is idle (<see cref="RateProbeTrace"/>) and after it. After it: AES-GCM of
/// the run's mean record size on every core (best of two short cells: microsecond operations, a steady rate) and
/// trivial grain calls on a fresh embedded silo with the run's K in flight (warmed up, then best of two cells of
/// <see cref="Cell"/>). The RSA work between two probes is priced at the rates around it (<see cref="ProbedRate"/>):
/// the same build's 10,000-environment runs gave ratios from 0.62 to 0.85 on one day when the rates were taken only
/// before and after, while the machine's speed moved by 20 % between runs.
/// </summary>
internal sealed class LoadBareRates(HsmOptions hsm, int inFlight) : IDisposable
{
    public const string Unwrap = "RSA-2048 unwrap";
    public const string Wrap = "RSA-2048 wrap";
    public const string Seal = "AES-GCM seal";
    public const string Open = "AES-GCM open";
    public const string GrainCall = "grain call";

    private const string BenchToken = "cmksim-load-bench";
    private const string KeyId = "load/rsa-2048";
    private const int BenchGrains = 1_000;
    // The shape of a record's associated data (EncryptedRecordStore: "cmksim/v1/{length}:{database}/{record}").
    private const int AssociatedDataBytes = 48;
    private static readonly TimeSpan Cell = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ShortCell = TimeSpan.FromSeconds(0.25);

    private readonly List<RsaProbe> _probes = [];
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private SoftHsm? _softHsm;
    private RawPkcs11Baseline? _raw;
    private byte[] _dek = [];
    private byte[] _wrapped = [];
    private long _unwrapsAtStart;
    private long _wrapsAtStart;

    /// <summary>Every RSA probe so far, in time order: the first before the run, the last after it.</summary>
    public IReadOnlyList<RsaProbe> Probes => _probes;

    /// <summary>Wall and CPU time the probes taken during the run held it up (they leave the run's figures).</summary>
    public TimeSpan ProbeWall { get; private set; }

    public TimeSpan ProbeCpu { get; private set; }

    /// <summary>Opens a bench token of its own and takes the first RSA probe, before the run.</summary>
    public void MeasureBefore()
    {
        _softHsm = SoftHsm.Open(hsm);
        var token = _softHsm.Token(BenchToken);
        token.GenerateRsaKeyPair(KeyId, 2048);
        _dek = RandomNumberGenerator.GetBytes(EncryptedRecordStore.DataKeyBytes);
        _wrapped = token.Wrap(KeyId, KeyWrapAlgorithm.RsaOaep, _dek);
        _raw = new RawPkcs11Baseline(token, KeyId);
        _unwrapsAtStart = HsmActivity.Unwraps;
        _wrapsAtStart = HsmActivity.Wraps;
        Probe();
    }

    /// <summary>An RSA probe in the run, with the time it held the run up.</summary>
    public void ProbeDuringRun()
    {
        var wall = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Probe();
        ProbeCpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
        ProbeWall += wall.Elapsed;
    }

    /// <summary>
    /// The bound of a run that did <paramref name="grainCalls"/> calls and <paramref name="records"/> AES-GCM work, after
    /// the last RSA probe. <paramref name="unwraps"/> and <paramref name="wraps"/> are the run's own counts; the probes'
    /// split of them comes from this process's HSM counters, so a run whose HSM work is elsewhere (silo processes) is
    /// priced at the first and last probes only.
    /// </summary>
    public async Task<LoadBound> BoundAsync(long unwraps, long wraps, RecordCipherTotals records, long grainCalls, CancellationToken cancellation)
    {
        Probe();
        var local = HsmActivity.Unwraps - _unwrapsAtStart == unwraps && HsmActivity.Wraps - _wrapsAtStart == wraps;
        if (!local)
        {
            // Not this process's work: what the first and last probes can say, kept as such in the figures too.
            var (first, last) = (_probes[0], _probes[^1]);
            _probes.Clear();
            _probes.AddRange([first with { Unwraps = 0, Wraps = 0 }, last with { Unwraps = unwraps, Wraps = wraps }]);
        }

        var unwrapRate = ProbedRate.Effective(_probes.Select(p => new ProbedRate.Probe(p.Unwraps, p.UnwrapsPerSecond)).ToList(), unwraps);
        var wrapRate = ProbedRate.Effective(_probes.Select(p => new ProbedRate.Probe(p.Wraps, p.WrapsPerSecond)).ToList(), wraps);
        Dispose();
        var sealRate = AesGcm(seal: true, MeanBytes(records.SealedBytes, records.Seals));
        var openRate = AesGcm(seal: false, MeanBytes(records.OpenedBytes, records.Opens));
        var callRate = await GrainCallsAsync(cancellation);
        return new LoadBound(
        [
            new BoundTerm(Unwrap, BoundWork.RsaUnwrap, unwraps, unwrapRate),
            new BoundTerm(Wrap, BoundWork.RsaWrap, wraps, wrapRate),
            new BoundTerm(Seal, BoundWork.AesGcmSeal, records.Seals, sealRate),
            new BoundTerm(Open, BoundWork.AesGcmOpen, records.Opens, openRate),
            new BoundTerm(GrainCall, BoundWork.GrainCall, grainCalls, callRate),
        ]);
    }

    /// <summary>One RSA probe: when, the run's RSA operations done by then, and the bare rates found.</summary>
    public sealed record RsaProbe(TimeSpan At, long Unwraps, long Wraps, double UnwrapsPerSecond, double WrapsPerSecond);

    public void Dispose()
    {
        _raw?.Dispose();
        _raw = null;
        _softHsm?.Dispose();
        _softHsm = null;
    }

    /// <summary>Bare Pkcs11Interop RSA-2048 OAEP unwraps and wraps on every core, best of two short cells each.</summary>
    private void Probe()
    {
        var raw = _raw ?? throw new InvalidOperationException("no bench token: MeasureBefore first");
        var unwrapsDone = HsmActivity.Unwraps - _unwrapsAtStart;
        var wrapsDone = HsmActivity.Wraps - _wrapsAtStart;
        double unwrap = 0, wrap = 0;
        for (var round = 0; round < 2; round++)
        {
            unwrap = Math.Max(unwrap, RateMeter.OnThreads(Environment.ProcessorCount, ShortCell, () => raw.Operation(true, _wrapped)));
            wrap = Math.Max(wrap, RateMeter.OnThreads(Environment.ProcessorCount, ShortCell, () => raw.Operation(false, _dek)));
        }

        _probes.Add(new RsaProbe(_since.Elapsed, unwrapsDone, wrapsDone, unwrap, wrap));
    }

    private static int MeanBytes(long bytes, long count) => count == 0 ? 1 : (int)Math.Max(1, bytes / count);

    /// <summary>Bare AES-256-GCM seals (or opens) of <paramref name="bytes"/>-byte records on every core, a key per thread.</summary>
    private static double AesGcm(bool seal, int bytes)
    {
        double best = 0;
        for (var round = 0; round < 2; round++)
        {
            best = Math.Max(best, RateMeter.OnThreads(Environment.ProcessorCount, ShortCell, () =>
            {
                var gcm = new System.Security.Cryptography.AesGcm(RandomNumberGenerator.GetBytes(EncryptedRecordStore.DataKeyBytes), 16);
                var plain = RandomNumberGenerator.GetBytes(bytes);
                var cipher = new byte[bytes];
                var opened = new byte[bytes];
                var nonce = new byte[12];
                var tag = new byte[16];
                var aad = new byte[AssociatedDataBytes];
                gcm.Encrypt(nonce, plain, cipher, tag, aad);
                return seal ? () => gcm.Encrypt(nonce, plain, cipher, tag, aad) : () => gcm.Decrypt(nonce, cipher, tag, opened, aad);
            }));
        }

        return best;
    }

    /// <summary>Trivial grain calls (an in-memory counter) on a fresh embedded silo, <see cref="inFlight"/> at a time.</summary>
    private async Task<double> GrainCallsAsync(CancellationToken cancellation)
    {
        await using var silo = await EmbeddedSilo.StartAsync(new SiloHostOptions { Hsm = hsm with { IsolateTokens = true } }, cancellation);
        var grains = Enumerable.Range(0, BenchGrains).Select(i => silo.Grains.Reference<IBenchCounterGrain>($"load-bench-{i:D4}")).ToArray();
        // Every grain activated and every path JIT-compiled before the measurement.
        await Task.WhenAll(grains.Select(g => g.TickAsync()));
        var next = 0;
        Task Call() => grains[(uint)Interlocked.Increment(ref next) % BenchGrains].TickAsync();
        await RateMeter.InFlight(inFlight, Cell, Call);
        double best = 0;
        for (var round = 0; round < 2; round++)
        {
            best = Math.Max(best, await RateMeter.InFlight(inFlight, Cell, Call));
        }

        return best;
    }
}
