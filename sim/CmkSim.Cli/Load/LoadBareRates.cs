using CmkSim.Contracts;
using System.Security.Cryptography;
using CmkSim.Cli.Bench;
using CmkSim.Contracts.Bench;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Simulation.Hosting;
using CmkSim.Simulation.Load;

namespace CmkSim.Cli.Load;

/// <summary>
/// The bare rates a load run's bound prices its work at, measured in the same process right after the run (best of two
/// rounds of <see cref="Cell"/> each): RSA-2048 OAEP through bare Pkcs11Interop and AES-GCM of the run's mean record size
/// on every core, and trivial grain calls on a fresh embedded silo with the run's K in flight.
/// </summary>
internal sealed class LoadBareRates(HsmOptions hsm, int inFlight)
{
    public const string Unwrap = "RSA-2048 unwrap";
    public const string Wrap = "RSA-2048 wrap";
    public const string Seal = "AES-GCM seal";
    public const string Open = "AES-GCM open";
    public const string GrainCall = "grain call";

    private const string BenchToken = "cmksim-load-bench";
    private const int BenchGrains = 1_000;
    // The shape of a record's associated data (EncryptedRecordStore: "cmksim/v1/{length}:{database}/{record}").
    private const int AssociatedDataBytes = 48;
    private static readonly TimeSpan Cell = TimeSpan.FromSeconds(1);

    /// <summary>Rates measured before the run: with <see cref="BoundAsync"/>'s after it, a machine whose load changed during the run is priced at both.</summary>
    public Rates? Before { get; private set; }

    /// <summary>Measures the RSA rates now (AES-GCM and grain calls need the run's record size and a silo: after it only).</summary>
    public void MeasureBefore() => Before = new Rates(Rsa());

    /// <summary>
    /// The bound of a run that did <paramref name="grainCalls"/> calls and <paramref name="records"/> AES-GCM work. An RSA
    /// term measured before and after the run takes the harmonic mean (the mean time per operation) of the two rates.
    /// </summary>
    public async Task<LoadBound> BoundAsync(long unwraps, long wraps, RecordCipherTotals records, long grainCalls, CancellationToken cancellation)
    {
        var after = Rsa();
        After = new Rates(after);
        var unwrapRate = Before is { } b ? Harmonic(b.Rsa.Unwraps, after.Unwraps) : after.Unwraps;
        var wrapRate = Before is { } w ? Harmonic(w.Rsa.Wraps, after.Wraps) : after.Wraps;
        var sealRate = AesGcm(seal: true, MeanBytes(records.SealedBytes, records.Seals));
        var openRate = AesGcm(seal: false, MeanBytes(records.OpenedBytes, records.Opens));
        var callRate = await GrainCallsAsync(cancellation);
        return new LoadBound(
        [
            new BoundTerm(Unwrap, BoundWork.Rsa, unwraps, unwrapRate),
            new BoundTerm(Wrap, BoundWork.Rsa, wraps, wrapRate),
            new BoundTerm(Seal, BoundWork.AesGcm, records.Seals, sealRate),
            new BoundTerm(Open, BoundWork.AesGcm, records.Opens, openRate),
            new BoundTerm(GrainCall, BoundWork.GrainCall, grainCalls, callRate),
        ]);
    }

    /// <summary>The RSA rates measured after the run (set by <see cref="BoundAsync"/>).</summary>
    public Rates? After { get; private set; }

    /// <summary>Bare RSA-2048 rates at one moment.</summary>
    public sealed record Rates((double Unwraps, double Wraps) Rsa);

    private static double Harmonic(double a, double b) => 2 / (1 / a + 1 / b);

    private static int MeanBytes(long bytes, long count) => count == 0 ? 1 : (int)Math.Max(1, bytes / count);

    /// <summary>Bare Pkcs11Interop RSA-2048 OAEP unwrap and wrap on every core.</summary>
    private (double Unwraps, double Wraps) Rsa()
    {
        using var softHsm = SoftHsm.Open(hsm);
        var token = softHsm.Token(BenchToken);
        const string keyId = "load/rsa-2048";
        token.GenerateRsaKeyPair(keyId, 2048);
        var dek = RandomNumberGenerator.GetBytes(EncryptedRecordStore.DataKeyBytes);
        var wrapped = token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek);
        using var raw = new RawPkcs11Baseline(token, keyId);
        double unwrap = 0, wrap = 0;
        for (var round = 0; round < 2; round++)
        {
            unwrap = Math.Max(unwrap, RateMeter.OnThreads(Environment.ProcessorCount, Cell, () => raw.Operation(true, wrapped)));
            wrap = Math.Max(wrap, RateMeter.OnThreads(Environment.ProcessorCount, Cell, () => raw.Operation(false, dek)));
        }

        return (unwrap, wrap);
    }

    /// <summary>Bare AES-256-GCM seals (or opens) of <paramref name="bytes"/>-byte records on every core, a key per thread.</summary>
    private static double AesGcm(bool seal, int bytes)
    {
        double best = 0;
        for (var round = 0; round < 2; round++)
        {
            best = Math.Max(best, RateMeter.OnThreads(Environment.ProcessorCount, Cell, () =>
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
