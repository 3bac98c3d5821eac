using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Faults;
using CmkSim.Domain.Journal;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Faults;

/// <summary>
/// A vault's open fault windows live in its activation's memory; an activation that comes back (after its silo was
/// killed, or any deactivation) restores them from its journal, still applies them, and still closes each at its end.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FaultWindowRestoreTests(ClusterFixture fixture)
{
    [Fact]
    public async Task An_open_window_survives_a_new_activation_and_still_closes()
    {
        var world = await CmkWorld.CreateAsync(fixture, "fault-restore");
        var env = await world.EncryptedEnvironmentAsync("a");
        var faults = fixture.Grains.GetGrain<IVaultFaultsGrain>(world.Vault);
        Assert.True((await faults.InjectFaultAsync("chaos", new FaultRequest(FaultKind.VaultUnreachable, TimeSpan.FromHours(1)).At(fixture.Clock.GetUtcNow()))).Accepted);

        await fixture.Grains.GetGrain<IManagementGrain>(0).DeactivateGrain(world.VaultGrain.GetGrainId());
        await fixture.Advance(TimeSpan.FromMinutes(10));

        var during = await world.VaultGrain.GetJournalAsync();
        Assert.DoesNotContain(during, e => e is FaultCleared);
        var read = await env.ReadRecordsAsync(CmkWorld.AdminUser); // past the data-key cache: the vault must be asked, and is still unreachable
        Assert.NotNull(read.Failure);
        Assert.Equal(CmkSim.Domain.Rules.RuleId.LK01, read.RuleId);
        await fixture.Advance(TimeSpan.FromHours(1));

        var after = await world.VaultGrain.GetJournalAsync();
        var cleared = Assert.Single(after.OfType<FaultCleared>());
        Assert.Equal(FaultKind.VaultUnreachable, cleared.Kind);
        Assert.Equal(after.OfType<FaultInjected>().Single().Id, cleared.Cause);
        Assert.Null((await env.ReadRecordsAsync(CmkWorld.AdminUser)).Failure);
    }
}
