using CmkSim.Contracts;
using System.Security.Cryptography;
using CmkSim.Contracts.Hsm;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;
using CmkSim.Crypto.Keys;
using CmkSim.Domain.Data;
using CmkSim.Domain.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Simulation.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Cli.Bench;

/// <summary>
/// <c>cmksim bench hsm</c>: RSA wrap/unwrap rates through bare Pkcs11Interop, through our HSM layer and through the
/// HSM grain, and AES-GCM record encryption raw and through the record store, all measured in the same run.
/// Each HSM cell takes the best of two alternating rounds, so drift in the machine hits both sides alike.
/// </summary>
internal sealed class HsmBenchmark(SiloHostOptions options, IReadOnlyList<int> sizes, IReadOnlyList<int> threads, TimeSpan cell, TextWriter output)
{
    private const string BenchToken = "cmksim-bench";

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        await using var silo = await EmbeddedSilo.StartAsync(options, cancellation);
        var token = silo.Services.GetRequiredService<SoftHsm>().Token(BenchToken);
        var grain = silo.Grains.Reference<IHsmGrain>(BenchToken);
        var dek = RandomNumberGenerator.GetBytes(EncryptedRecordStore.DataKeyBytes);
        output.WriteLine($"cmksim bench hsm: {cell.TotalSeconds:F1} s per measurement, best of 2 rounds, {Environment.ProcessorCount} cores");
        output.WriteLine($"{"operation",-16}{"threads",8}{"raw/s",10}{"cmksim/s",10}{"ratio",8}{"grain/s",10}{"ratio",8}");
        foreach (var bits in sizes)
        {
            var keyId = $"bench/rsa-{bits}";
            token.GenerateRsaKeyPair(keyId, bits);
            var wrapped = token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek);
            foreach (var unwrap in new[] { true, false })
            {
                var input = unwrap ? wrapped : dek;
                foreach (var n in threads)
                {
                    // A signal stops the benchmark between measurements.
                    cancellation.ThrowIfCancellationRequested();
                    using var raw = new RawPkcs11Baseline(token, keyId);
                    double rawRate = 0, ourRate = 0;
                    for (var round = 0; round < 2; round++)
                    {
                        rawRate = Math.Max(rawRate, RateMeter.OnThreads(n, cell, () => raw.Operation(unwrap, input)));
                        ourRate = Math.Max(ourRate, RateMeter.OnThreads(n, cell, () => unwrap
                            ? () => token.Unwrap(keyId, KeyWrapAlgorithm.RsaOaep, input)
                            : () => token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, input)));
                    }

                    var grainRate = await RateMeter.InFlight(n, cell, () => unwrap
                        ? grain.UnwrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, input)
                        : grain.WrapAsync(keyId, KeyWrapAlgorithm.RsaOaep, input));
                    Row($"RSA-{bits} {(unwrap ? "unwrap" : "wrap")}", n, rawRate, ourRate, grainRate);
                }
            }
        }

        await RecordEncryption(token, dek);
        return 0;
    }

    private async Task RecordEncryption(HsmToken token, byte[] dek)
    {
        var payload = RandomNumberGenerator.GetBytes(4096);
        var aad = new byte[48];
        var rawRate = RateMeter.OnThreads(1, cell, () =>
        {
            var gcm = new AesGcm(dek, 16);
            var nonce = new byte[12];
            var ciphertext = new byte[payload.Length];
            var tag = new byte[16];
            return () =>
            {
                RandomNumberGenerator.Fill(nonce);
                gcm.Encrypt(nonce, payload, ciphertext, tag, aad);
            };
        });
        var ring = new KeyRing(token, "bench-records");
        var version = ring.CreateVersion("cmk", 2048);
        var store = new EncryptedRecordStore("bench-env", new EncryptedRecordStoreState(), ring, DataKeyCacheOptions.Default, TimeProvider.System);
        await store.CreateDataKeyAsync(version, KeyWrapAlgorithm.RsaOaep);
        var i = 0;
        var ourRate = await RateMeter.InFlight(1, cell, () => store.WriteAsync($"r{i++ % 1000}", payload));
        Row("AES-GCM 4 KiB", 1, rawRate, ourRate, double.NaN);
    }

    private void Row(string operation, int n, double raw, double ours, double grain) =>
        output.WriteLine($"{operation,-16}{n,8}{raw,10:N0}{ours,10:N0}{ours / raw,8:F3}" +
                         (double.IsNaN(grain) ? $"{"-",10}{"-",8}" : $"{grain,10:N0}{grain / raw,8:F3}"));
}
