using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Simulation.Lifecycle;

/// <summary>
/// Library scenario 21 on the grains: environment and backup deletions are journaled as their typed events (EN-02),
/// a deleted backup can't be restored by name or point in time (citing EN-02), a point in time restores the latest
/// backup at or before it (EN-08 still refuses one whose key version is disabled), and an admin's deletion of a
/// locked environment ends its outage without an LK-02 data loss.
/// </summary>
[Collection(CmkSim.Tests.Support.ClusterCollection.Name)]
public sealed class LifecycleActionRunTests
{
    [Fact]
    public async Task Deletions_and_point_in_time_restores_are_typed_events_and_refusals_citing_their_rules()
    {
        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(ScenarioDeterminismTests.ScenarioPath("21-delete-and-point-in-time.yaml")));

        Assert.True(result.Passed, string.Join("\n", result.Expectations.Where(e => !e.Passed).Select(e => $"{e.Text}: {e.Detail}")));
        Assert.Equal([("test", 4, 1), ("newcomer", 2, 0)],
            result.Journal.OfType<EnvironmentDeleted>().Select(e => (e.Environment, e.RecordsDeleted, e.BackupsDeleted)));
        Assert.Equal([("prod", "day6")], result.Journal.OfType<BackupDeleted>().Select(e => (e.Environment, e.Backup)));
        Assert.All(result.Journal.OfType<EnvironmentDeleted>(), e => Assert.Equal("EN-02", e.Rule));

        // The point-in-time restores that went through took the latest backup at or before their time.
        Assert.Equal(["day5", "after-rotation"], result.Journal.OfType<BackupRestored>().Select(r => r.Backup));

        var refused = result.Journal.OfType<Refused>().Select(r => (r.RefusedOperation, r.Rule)).ToList();
        Assert.Contains(("restore", "EN-02"), refused);
        Assert.Contains(("restore", "DB-01"), refused);
        Assert.Contains(("restore", "EN-08"), refused);
        Assert.Contains(("deleteBackup", "EN-02"), refused);
        Assert.Contains(("deleteEnvironment", "EN-02"), refused);
        Assert.Contains(("deleteEnvironment", "EN-03"), refused);

        // The locked sandbox's outage ended with the admin's deletion, not with LK-02's.
        Assert.Empty(result.Journal.OfType<LockedEnvironmentDeleted>());
        Assert.Contains(result.Findings, f => f.Subject == "environment/newcomer" && f.Message.EndsWith("an admin deleted it before the deadline", StringComparison.Ordinal));

        // Deleted backups, and a deleted environment's, are deleted on purpose: only the live ones needing version 1 count.
        var impact = ImpactFigures.From(result.Journal, result.End);
        Assert.Equal(["day5", "before-rotation"], impact.UnrestorableBackups.Select(b => b.Backup));

        // The locked sandbox was offline from its lock to its deletion (2 h), not to the end of the run; no data was lost.
        var outage = Assert.Single(impact.Outages, o => o.Environment == "newcomer");
        Assert.Equal((OutageEnding.DeletedByAdmin, 2.0), (outage.Ending, outage.Hours));
        Assert.Empty(impact.DataLost);
    }
}
