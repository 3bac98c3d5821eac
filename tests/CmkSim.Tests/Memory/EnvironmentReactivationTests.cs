using CmkSim.Contracts.Environments;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Environments;
using CmkSim.Engine.Scheduling;
using CmkSim.Grains.Environments;
using CmkSim.Simulation.Hosting;
using Orleans.Core.Internal;

namespace CmkSim.Tests.Memory;

/// <summary>
/// The embedded silo keeps grain state live (<see cref="LiveStateStorage"/>) and environments drop their machine
/// between calls: an environment deactivated and activated again still has its state, records and journal.
/// </summary>
public sealed class EnvironmentReactivationTests
{
    [Fact]
    public async Task A_deactivated_environment_comes_back_with_its_state_and_journal()
    {
        await using var silo = await EmbeddedSilo.StartAsync(new SiloHostOptions { Hsm = new HsmOptions() with { IsolateTokens = true }, Engine = new SimulationEngine(seed: 7) });
        var grains = silo.Grains;
        await PlatformVaults.EnsureAsync(grains);
        var environment = grains.GetGrain<IEnvironmentGrain>("prod-reactivated");
        await environment.CreateAsync(new EnvironmentSpec(EnvironmentType.Production, "europe", Managed: true, Records: 3));
        var view = await environment.GetAsync();
        var journal = await environment.GetJournalAsync();
        var management = grains.GetGrain<IManagementGrain>(0);
        var active = await management.GetTotalActivationCount();

        await environment.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        // Deactivation follows the call; generous bounds, for a busy machine.
        for (var i = 0; i < 600 && await management.GetTotalActivationCount() >= active; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await management.GetTotalActivationCount() < active, "the environment was not deactivated");
        var again = await environment.GetAsync();
        Assert.Equal(view with { History = [] }, again with { History = [] });
        Assert.Equal(view.History, again.History);
        Assert.Equal(3, again.Records);
        Assert.Equal(journal, await environment.GetJournalAsync());
    }
}
