using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Tests.Domain.Lifecycle;

namespace CmkSim.Tests.Memory;

/// <summary>
/// An environment drops its lifecycle machine between calls (it is configured again when next needed): the
/// machine holds nothing of its own, so dropping it changes no answer and no transition.
/// </summary>
public sealed class LifecycleMachineReleaseTests
{
    [Fact]
    public void A_released_machine_answers_every_trigger_as_before()
    {
        var harness = new LifecycleHarness(policy: null);
        var before = Enum.GetValues<EnvironmentTrigger>().Select(t => (harness.Model.Can(t), harness.Model.HeldBy(t)?.Rule)).ToList();

        harness.Model.ReleaseMachine();

        var after = Enum.GetValues<EnvironmentTrigger>().Select(t => (harness.Model.Can(t), harness.Model.HeldBy(t)?.Rule)).ToList();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Transitions_go_on_across_releases_with_their_causes()
    {
        var harness = new LifecycleHarness();
        var added = harness.Model.AddedToPolicy("admin", "policy", "EN-03");
        harness.Model.ReleaseMachine();
        Assert.Equal(EnvironmentLifecycle.Encrypting, harness.State.Lifecycle);

        await harness.Engine.RunUntilAsync(harness.Engine.Now + TimeSpan.FromDays(7));
        harness.Model.ReleaseMachine();

        // The timer the entry action scheduled before the release names the addition as its cause.
        var (timer, _, cause, _) = Assert.Single(harness.Scheduled);
        Assert.Equal(LifecycleTimer.EncryptionDue, timer);
        Assert.Equal(added, cause);
        Assert.Equal(EnvironmentLifecycle.Active, harness.State.Lifecycle);
        Assert.True(harness.Model.Can(EnvironmentTrigger.RemoveFromPolicy));
    }
}
