using CmkSim.Contracts.Hsm;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Environments;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>
/// An environment keeps the data keys it has just drawn cached (its resources' for the read cache's minute, its assets'
/// and flows' for the call): its first writes and reads unwrap nothing. A lock still evicts them, so a locked
/// environment's data does not decrypt (LK-01).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FreshDataKeyGrainTests(ClusterFixture fixture)
{
    private const string Admin = CmkWorld.AdminUser;

    [Fact]
    public async Task Creating_an_environment_and_using_its_data_at_once_costs_no_unwrap()
    {
        var world = await CmkWorld.CreateAsync(fixture, "fresh-create");
        var before = await MicrosoftUnwraps();

        var env = await world.NewEnvironmentAsync("prod");
        var read = await env.ReadRecordsAsync(Admin);

        Assert.Equal((10, 0, null), (read.Readable, read.Unreadable, read.Failure));
        Assert.Equal(0, await MicrosoftUnwraps() - before);
    }

    [Fact]
    public async Task EN10_flows_on_the_Microsoft_managed_key_unwrap_once_per_call_not_once_per_flow()
    {
        var world = await CmkWorld.CreateAsync(fixture, "fresh-flows");
        var env = await world.NewEnvironmentAsync("prod");
        var before = await MicrosoftUnwraps();

        var flows = await env.CreateFlowsAsync(Admin, 3);

        Assert.True(flows.Accepted, flows.Message);
        Assert.Equal(1, await MicrosoftUnwraps() - before); // the platform's store drops its key after each call
    }

    [Fact]
    public async Task LK01_a_lock_right_after_a_read_evicts_the_keys_so_the_data_no_longer_decrypts()
    {
        var world = await CmkWorld.CreateAsync(fixture, "fresh-lock");
        var env = await world.EncryptedEnvironmentAsync("prod");
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable); // every resource's key is cached now

        await world.VaultGrain.RemoveRoleAsync(CmkWorld.KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser);
        await fixture.Advance(TimeSpan.FromSeconds(1)); // well inside the read cache's minute
        var view = await env.GetAsync();
        var read = await env.ReadRecordsAsync(Admin);

        Assert.Equal(EnvironmentStatus.Locked, view.Status);
        Assert.Equal(0, read.Readable);
        Assert.NotNull(read.Failure);
        Assert.DoesNotContain("the key answers", read.Failure, StringComparison.Ordinal);
    }

    private async Task<long> MicrosoftUnwraps() =>
        (await fixture.Grains.GetGrain<IHsmGrain>($"kv-{PlatformVaults.Microsoft}").GetLatenciesAsync()).Unwraps;
}
