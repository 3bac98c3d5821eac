using CmkSim.Domain.Environments;
using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;

namespace CmkSim.Tests.Domain.Lifecycle;

/// <summary>
/// The environment's lifecycle as a plain domain object, one real engine per test and no cluster: the machine's entry
/// actions schedule the timed consequences (EN-03, EN-04, LK-03, LK-02), each naming the event that caused it.
/// </summary>
public sealed class EnvironmentLifecycleModelTests
{
    [Theory]
    [InlineData(EnvironmentType.Sandbox, 7)]
    [InlineData(EnvironmentType.Developer, 7)]
    [InlineData(EnvironmentType.Production, 30)]
    public async Task LK02_a_lock_schedules_the_deletion_after_exactly_the_grace_its_type_gets(EnvironmentType type, int days)
    {
        var h = new LifecycleHarness(type);
        await h.Engine.RunUntilAsync(h.Engine.Now.AddHours(3));
        var lockedAt = h.Engine.Now;

        var locked = h.Model.KeyAccessLost(LifecycleHarness.Failure(), cause: null);

        Assert.Equal(EnvironmentLifecycle.Locked, h.Model.Lifecycle);
        var deletion = Assert.Single(h.Scheduled);
        Assert.Equal((LifecycleTimer.LockExpiryDue, lockedAt + TimeSpan.FromDays(days), locked), (deletion.Timer, deletion.Due, deletion.Cause));
        Assert.Equal(TimeSpan.FromDays(days), h.Single<EnvironmentLocked>().DeletedAfter);
        Assert.Equal(RuleId.EN09, h.Single<EnvironmentLocked>().Rule); // LK-01's loss cites EN-09 on the lock

        await h.Engine.RunAllAsync();

        Assert.Equal(EnvironmentLifecycle.Deleted, h.Model.Lifecycle);
        var deleted = h.Single<LockedEnvironmentDeleted>();
        Assert.Equal((lockedAt + TimeSpan.FromDays(days), TimeSpan.FromDays(days), locked), (deleted.Time, deleted.LockedFor, deleted.Cause!.Value));
        Assert.Equal(RuleId.LK02, h.Model.DisabledRule);
    }

    [Fact]
    public async Task LK03_a_re_enable_is_scheduled_within_five_minutes_and_cancels_the_pending_deletion()
    {
        var h = new LifecycleHarness(EnvironmentType.Sandbox);
        h.Model.KeyAccessLost(LifecycleHarness.Failure(), cause: null);
        await h.Engine.RunUntilAsync(h.Engine.Now.AddDays(2));
        var asked = h.Engine.Now;

        var requested = h.Model.ReEnableRequested("admin");

        Assert.Equal(EnvironmentLifecycle.ReEnabling, h.Model.Lifecycle);
        var reEnable = h.Scheduled[^1];
        Assert.Equal((LifecycleTimer.ReEnableDue, requested), (reEnable.Timer, reEnable.Cause));
        Assert.InRange(reEnable.Due - asked, TimeSpan.FromMinutes(1), Lk03ReEnable.MaxDuration);

        await h.Engine.RunAllAsync();

        Assert.Equal(EnvironmentLifecycle.Active, h.Model.Lifecycle);
        Assert.Equal(requested, h.Single<EnvironmentReEnabled>().Cause);
        Assert.Empty(h.Journal.OfType<LockedEnvironmentDeleted>());
        Assert.Equal([LifecycleTimer.LockExpiryDue], h.Ignored); // the deletion came due with a superseded ticket
        Assert.Null(h.State.LockedAt);
        Assert.Null(h.State.LockEvent);
        Assert.Null(h.Model.DisabledRuleIfAny);
    }

    [Fact]
    public async Task LK02_a_failed_re_enable_locks_again_and_keeps_the_original_deadline_and_cause()
    {
        var h = new LifecycleHarness(EnvironmentType.Sandbox);
        var lockedAt = h.Engine.Now;
        var locked = h.Model.KeyAccessLost(LifecycleHarness.Failure(RuleId.EN08), cause: null);
        await h.Engine.RunUntilAsync(lockedAt.AddDays(3));
        h.KeyAnswerAtReEnable = LifecycleHarness.Failure();

        h.Model.ReEnableRequested("admin");
        await h.Engine.RunUntilAsync(lockedAt.AddDays(3).AddMinutes(10));

        Assert.Equal(EnvironmentLifecycle.Locked, h.Model.Lifecycle);
        Assert.Equal(RuleId.EN08, h.Model.DisabledRule); // the lock's rule stands
        var relock = h.Scheduled[^1];
        Assert.Equal((LifecycleTimer.LockExpiryDue, lockedAt.AddDays(7), locked), (relock.Timer, relock.Due, relock.Cause));

        await h.Engine.RunAllAsync();

        var deleted = h.Single<LockedEnvironmentDeleted>();
        Assert.Equal((lockedAt.AddDays(7), TimeSpan.FromDays(7), locked), (deleted.Time, deleted.LockedFor, deleted.Cause!.Value));
        Assert.Equal([LifecycleTimer.LockExpiryDue], h.Ignored); // the first deletion timer, superseded by the re-enable
    }

    [Fact]
    public async Task A_superseded_ticket_is_ignored_an_admin_delete_cancels_the_pending_deletion()
    {
        var h = new LifecycleHarness(EnvironmentType.Production);
        h.Model.KeyAccessLost(LifecycleHarness.Failure(), cause: null);
        await h.Engine.RunUntilAsync(h.Engine.Now.AddDays(1));

        h.Model.Deleted();
        await h.Engine.RunAllAsync();

        Assert.Equal(EnvironmentLifecycle.Deleted, h.Model.Lifecycle);
        Assert.Equal(RuleId.EN02, h.Model.DisabledRule);
        Assert.Equal([LifecycleTimer.LockExpiryDue], h.Ignored);
        Assert.Empty(h.Journal.OfType<LockedEnvironmentDeleted>());
        Assert.False(h.Model.IsCurrent(h.Scheduled.Single().Ticket));
    }

    [Fact]
    public async Task Entry_actions_fire_once_per_entry_and_a_reset_in_place_schedules_nothing()
    {
        var h = new LifecycleHarness(owner: EncryptionOwner.MicrosoftManaged, policy: null);

        var added = h.Model.AddedToPolicy("admin", "policy", RuleId.EN03);
        Assert.Equal(EnvironmentStatus.Disabled, h.Model.Status);
        Assert.Equal(RuleId.EN03, h.Model.DisabledRule);
        var encryption = Assert.Single(h.Scheduled);
        Assert.Equal((LifecycleTimer.EncryptionDue, added), (encryption.Timer, encryption.Cause));
        Assert.InRange(encryption.Due - h.Engine.Now, TimeSpan.FromMinutes(30), En03Encryption.MaxDuration);
        await h.Engine.RunAllAsync();
        Assert.Equal(EnvironmentLifecycle.Active, h.Model.Lifecycle);
        Assert.Equal(added, h.Single<EnvironmentEncrypted>().Cause);

        h.Model.Reset();
        Assert.Single(h.Scheduled); // re-entering Active by a reset schedules nothing

        h.State.Policy = "policy";
        var removed = h.Model.RemovedFromPolicy("admin", "policy");
        await h.Engine.RunAllAsync();
        h.Model.KeyAccessLost(LifecycleHarness.Failure(), cause: null);

        Assert.Equal([LifecycleTimer.EncryptionDue, LifecycleTimer.RevertDue, LifecycleTimer.LockExpiryDue], h.Scheduled.Select(s => s.Timer));
        Assert.Equal(removed, h.Single<EnvironmentReverted>().Cause);
        Assert.Equal([1, 2, 3], h.Scheduled.Select(s => s.Ticket));
        Assert.Empty(h.Ignored);
    }

    [Fact]
    public void The_machine_holds_what_only_its_state_decides_citing_the_rule()
    {
        var h = new LifecycleHarness(owner: EncryptionOwner.MicrosoftManaged, policy: null);

        Assert.False(h.Model.Can(EnvironmentTrigger.RemoveFromPolicy));
        Assert.Equal(RuleId.EN04, h.Model.HeldBy(EnvironmentTrigger.RemoveFromPolicy)?.Rule);
        Assert.Equal(RuleId.LK01, h.Model.HeldBy(EnvironmentTrigger.LoseKeyAccess)?.Rule); // not on a customer key
        Assert.False(h.Model.Can(EnvironmentTrigger.ReEnable));
        Assert.Null(h.Model.HeldBy(EnvironmentTrigger.ReEnable)); // the state lacks it: no guard held it
        Assert.True(h.Model.Can(EnvironmentTrigger.AddToPolicy));
        Assert.Empty(h.Scheduled);
    }

    [Fact]
    public void Cmksim_graph_shows_the_entry_actions_scheduled_consequences()
    {
        var mermaid = Stateless.Graph.MermaidGraph.Format(EnvironmentLifecycleModel.MachineInfo());

        Assert.Contains("Active --> Encrypting : AddToPolicy / EN-03: schedules the encryption", mermaid);
        Assert.Contains("Active --> Locked : LoseKeyAccess / LK-02: schedules the deletion after the whole grace [LK-01: on a customer-managed key]", mermaid);
        Assert.Contains("ReEnabling --> Locked : ReEnableFailed / LK-02: schedules the deletion at the original lock's deadline", mermaid);
        Assert.Contains("Locked --> ReEnabling : ReEnable / LK-03: schedules the re-enable", mermaid);
    }
}
