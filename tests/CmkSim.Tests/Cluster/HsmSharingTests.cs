namespace CmkSim.Tests.Cluster;

/// <summary>
/// Two real processes on one SoftHSM2 token directory, as a run's silos share one (ClusterHsmTokens). What holds:
/// a key pair one process generates in a token both had open is found and used by the other, and both working on
/// the token at once leaves it whole (a third process sees every key and unwraps with them). What does not: a token
/// created after a process started is invisible to it (SoftHSM2 2.6.1 reads its token list once per process): CmkSim
/// reads the list again when the process has no token open and refuses otherwise, and a run's tokens are created
/// before its silos take grains.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed class HsmSharingTests : IDisposable
{
    private const string Dek = "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF";
    private readonly DirectoryInfo _tokens = Directory.CreateTempSubdirectory("cmksim-test-shared-tokens-");

    [Fact]
    public async Task A_key_made_through_one_process_is_used_by_another_and_concurrent_use_leaves_the_token_whole()
    {
        // The token exists before either process starts, as the first silo of a run creates it.
        await using (var first = await HsmProbe.StartAsync(_tokens.FullName))
        {
            await first.OkAsync("token kv-shared");
        }

        await using var one = await HsmProbe.StartAsync(_tokens.FullName);
        await using var two = await HsmProbe.StartAsync(_tokens.FullName);
        await one.OkAsync("keys kv-shared");
        await two.OkAsync("keys kv-shared");

        // Generated and used for a wrap by process one; unwrapped by process two, which had the token open already.
        await one.OkAsync("generate kv-shared cmk-1");
        var wrapped = await one.OkAsync($"wrap kv-shared cmk-1 {Dek}");
        Assert.Equal(Dek, await two.OkAsync($"unwrap kv-shared cmk-1 {wrapped}"));

        // Both at once: each generates key pairs and round-trips a data key through each.
        var churns = await Task.WhenAll(one.OkAsync("churn kv-shared a 8"), two.OkAsync("churn kv-shared b 8"));
        Assert.Equal(["8", "8"], churns);

        // A process started now sees every key, and the first key still unwraps what was wrapped before.
        await using var three = await HsmProbe.StartAsync(_tokens.FullName);
        var keys = (await three.OkAsync("keys kv-shared")).Split(',');
        Assert.Equal(17, keys.Length);
        Assert.Equal(Dek, await three.OkAsync($"unwrap kv-shared cmk-1 {wrapped}"));
    }

    [Fact]
    public async Task A_token_created_after_a_process_started_is_read_again_or_refused_never_twinned()
    {
        await using var early = await HsmProbe.StartAsync(_tokens.FullName);
        await using var busy = await HsmProbe.StartAsync(_tokens.FullName);
        await busy.OkAsync("token kv-own");
        await using var creator = await HsmProbe.StartAsync(_tokens.FullName);
        await creator.OkAsync("token kv-late");
        await creator.OkAsync("generate kv-late cmk-late");
        var wrapped = await creator.OkAsync($"wrap kv-late cmk-late {Dek}");

        // A process started after the token was created sees it (what a silo started after the first one relies on).
        await using var late = await HsmProbe.StartAsync(_tokens.FullName);
        Assert.Equal(Dek, await late.OkAsync($"unwrap kv-late cmk-late {wrapped}"));

        // SoftHSM2 2.6.1 lists tokens once per process. One that has no token open yet loads the library again and
        // finds the key; one that has (finalising would end its sessions) is refused, saying why. Neither creates an
        // empty token of the same label, in which the key would be missing (what SoftHSM2 alone would do).
        Assert.Equal(Dek, await early.OkAsync($"unwrap kv-late cmk-late {wrapped}"));
        var answer = await busy.AskAsync($"unwrap kv-late cmk-late {wrapped}");
        Assert.StartsWith("error", answer);
        Assert.Contains("created after this process loaded SoftHSM2", answer);
        Assert.Equal(1, FoldersLabelled("kv-late"));
    }

    // SoftHSM2 keeps a token's label in its token.object, padded to 32 bytes.
    private int FoldersLabelled(string label) => Directory.GetDirectories(Path.Combine(_tokens.FullName, "tokens"))
        .Count(f => File.ReadAllBytes(Path.Combine(f, "token.object")).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(label.PadRight(32))) >= 0);

    public void Dispose() => _tokens.Delete(recursive: true);
}
