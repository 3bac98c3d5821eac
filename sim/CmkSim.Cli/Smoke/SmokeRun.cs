using CmkSim.Contracts;
using System.Diagnostics;
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

namespace CmkSim.Cli.Smoke;

/// <summary>
/// The end-to-end check a new user runs first: an embedded silo, both HSM tokens, real keys, wrap/unwrap through
/// the HSM grain, and an environment's records encrypted, read back, re-wrapped under a new version and read again.
/// Wall-clock timings are printed; they are measurements, not part of any simulated result.
/// </summary>
internal sealed class SmokeRun(SiloHostOptions options, int records, int keySize, TextWriter output)
{
    private CancellationToken _cancellation;

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        _cancellation = cancellation;
        var total = Stopwatch.StartNew();
        await using var silo = await EmbeddedSilo.StartAsync(options, cancellation);
        var hsm = silo.Services.GetRequiredService<SoftHsm>();
        output.WriteLine($"silo        embedded, started in {total.ElapsedMilliseconds} ms");
        output.WriteLine($"pkcs11      {hsm.LibraryPath}");
        output.WriteLine($"tokens      {hsm.TokenDirectory}");

        var customer = silo.Grains.Reference<IHsmGrain>(HsmTokenLabels.Customer);
        var microsoft = silo.Grains.Reference<IHsmGrain>(HsmTokenLabels.Microsoft);
        output.WriteLine($"keys found  {hsm.Token(HsmTokenLabels.Customer).ListKeyIds().Count} on '{HsmTokenLabels.Customer}', " +
                         $"{hsm.Token(HsmTokenLabels.Microsoft).ListKeyIds().Count} on '{HsmTokenLabels.Microsoft}' before this run");

        var v1 = new KeyVersionId("smoke-kv", "cmk", "v1");
        var v2 = new KeyVersionId("smoke-kv", "cmk", "v2");
        var mmk = new KeyVersionId("microsoft", "platform-key", "v1");
        await Timed($"keygen      RSA-{keySize} x2 (customer v1, v2)", async () =>
        {
            await customer.CreateRsaKeyAsync(v1.HsmKeyId, keySize);
            await customer.CreateRsaKeyAsync(v2.HsmKeyId, keySize);
        });
        await Timed("keygen      RSA-2048 (Microsoft-managed)", () => microsoft.CreateRsaKeyAsync(mmk.HsmKeyId, 2048));

        var dek = RandomNumberGenerator.GetBytes(EncryptedRecordStore.DataKeyBytes);
        const int roundTrips = 200;
        await Timed($"wrap+unwrap {roundTrips} round trips, RSA-OAEP, 8 in flight", async () =>
        {
            await Parallel.ForAsync(0, roundTrips, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            {
                var wrapped = await customer.WrapAsync(v1.HsmKeyId, KeyWrapAlgorithm.RsaOaep, dek);
                var back = await customer.UnwrapAsync(v1.HsmKeyId, KeyWrapAlgorithm.RsaOaep, wrapped);
                if (!back.AsSpan().SequenceEqual(dek))
                {
                    throw new CryptographicException("unwrap returned other bytes than were wrapped");
                }
            });
        }, roundTrips);

        var state = new EncryptedRecordStoreState();
        var store = new EncryptedRecordStore("smoke-env", state, new HsmGrainKeyWrapper(customer),
            DataKeyCacheOptions.Default, TimeProvider.System);
        await store.CreateDataKeyAsync(v1, KeyWrapAlgorithm.RsaOaep);
        var payload = RandomNumberGenerator.GetBytes(4096);
        await Timed($"write       {records} records of 4 KiB, AES-256-GCM", async () =>
        {
            for (var i = 0; i < records; i++)
            {
                await store.WriteAsync($"record-{i}", payload);
            }
        }, records);
        await Timed($"read        {records} records", () => ReadAll(store, payload), records);
        await Timed("rewrap      data key v1 -> v2 (records untouched)", () => store.RewrapAsync(v2, KeyWrapAlgorithm.RsaOaep));
        store.EvictCachedKey();
        await Timed($"read        {records} records after rewrap", () => ReadAll(store, payload), records);
        output.WriteLine($"data key    wrapped by {store.WrappedBy}");
        output.WriteLine($"smoke run   passed in {total.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private async Task ReadAll(EncryptedRecordStore store, byte[] expected)
    {
        for (var i = 0; i < records; i++)
        {
            var plaintext = await store.ReadAsync($"record-{i}");
            if (!plaintext.AsSpan().SequenceEqual(expected))
            {
                throw new CryptographicException($"record-{i} decrypted to other bytes than were written");
            }
        }
    }

    private async Task Timed(string label, Func<Task> action, int operations = 0)
    {
        // Each phase is short: a signal stops the smoke run between phases.
        _cancellation.ThrowIfCancellationRequested();
        var watch = Stopwatch.StartNew();
        await action();
        var ms = watch.Elapsed.TotalMilliseconds;
        var rate = operations > 0 ? $"  ({operations / watch.Elapsed.TotalSeconds:N0} /s)" : "";
        output.WriteLine($"{label,-58} {ms,9:F1} ms{rate}");
    }
}
