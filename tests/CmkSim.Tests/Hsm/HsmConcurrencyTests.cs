using System.Security.Cryptography;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Hsm;

/// <summary>
/// SoftHSM2 2.6.1 corrupts a key pair generated while another session searches the same token (measured: 5 of 30
/// generations failed with CKR_GENERAL_ERROR or CKR_FUNCTION_FAILED). The token serialises object creation against
/// everything else; this shows the race stays closed, and that wraps and unwraps still run side by side. Templates are
/// held until each native call returns, so a garbage collection in the middle can't free what SoftHSM2 is reading.
/// </summary>
public sealed class HsmConcurrencyTests(HsmFixture fixture) : IClassFixture<HsmFixture>
{
    [Fact]
    public async Task Keys_generated_while_other_sessions_search_and_unwrap_on_the_same_token_all_work()
    {
        var token = fixture.Hsm.Token("test-concurrency");
        token.GenerateRsaKeyPair("busy/steady", 2048);
        var wrapped = token.Wrap("busy/steady", KeyWrapAlgorithm.RsaOaep, new byte[32]);
        using var stop = new CancellationTokenSource();
        using var searching = new CountdownEvent(2);
        var busy = Enumerable.Range(0, 2).Select(reader => Task.Run(() =>
        {
            var calls = 0;
            while (!stop.IsCancellationRequested)
            {
                token.ContainsKey($"busy/absent-{reader}-{calls++}");
                token.Unwrap("busy/steady", KeyWrapAlgorithm.RsaOaep, wrapped);
                if (calls == 1)
                {
                    searching.Signal();
                }
            }

            return calls;
        })).ToList();

        // Generation starts only once both searchers are running, so every key is made while the token is busy.
        Assert.True(searching.Wait(TimeSpan.FromMinutes(1)), "the searching sessions never started");
        var dek = RandomNumberGenerator.GetBytes(32);
        for (var i = 0; i < 12; i++)
        {
            var keyId = $"busy/generated-{i}";
            token.GenerateRsaKeyPair(keyId, 2048);
            Assert.Equal(dek, token.Unwrap(keyId, KeyWrapAlgorithm.RsaOaep, token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek)));
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(busy), calls => Assert.True(calls > 0));
    }

    [Fact]
    public async Task Keys_generated_while_the_garbage_collector_runs_finalizers_keep_their_id_and_usage_flags()
    {
        var token = fixture.Hsm.Token("test-gc");
        using var stop = new CancellationTokenSource();
        // Finalizers free Pkcs11Interop's unmanaged attribute values; a template not held across the native call
        // was freed while SoftHSM2 read it.
        var collector = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        });

        var dek = RandomNumberGenerator.GetBytes(32);
        // Past 30 calls the JIT recompiles the call path optimised, which is when an unused argument may be collected.
        var ids = Enumerable.Range(0, 40).Select(i => $"gc/key-{i}").ToList();
        foreach (var keyId in ids)
        {
            token.GenerateRsaKeyPair(keyId, 2048);
            Assert.Equal(dek, token.Unwrap(keyId, KeyWrapAlgorithm.RsaOaep, token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek)));
        }

        await stop.CancelAsync();
        await collector;
        Assert.Equal(ids.Order(StringComparer.Ordinal), token.ListKeyIds());
    }

    [Fact]
    public void Two_callers_creating_the_same_key_id_at_once_get_one_key_and_one_refusal()
    {
        var token = fixture.Hsm.Token("test-concurrency");
        var outcomes = Enumerable.Range(0, 2).AsParallel().Select(_ =>
        {
            try
            {
                token.GenerateRsaKeyPair("busy/contended", 2048);
                return "created";
            }
            catch (HsmException e) when (e.Error == HsmError.OperationFailed)
            {
                return "refused";
            }
        }).Order().ToList();

        Assert.Equal(["created", "refused"], outcomes);
        Assert.Single(token.ListKeyIds(), id => id == "busy/contended");
    }
}
