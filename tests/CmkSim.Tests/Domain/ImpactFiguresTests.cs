using CmkSim.Domain.Compliance;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Tests.Domain;

/// <summary>Impact figures and the outage finding, computed from hand-built journals.</summary>
public sealed class ImpactFiguresTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly KeyVersionId V1 = KeyVersionId.Derive("kv", "cmk", 1);
    private static readonly KeyVersionId V2 = KeyVersionId.Derive("kv", "cmk", 2);

    /// <summary>
    /// prod-1 (europe, ep-a) locked day 10 by a revocation, re-enabled day 12; sand-1 (europe, ep-a) locked day 10,
    /// deleted day 17; prod-2 (us, ep-b) locked day 20 under EN-08, still locked when the run ends on day 25.
    /// </summary>
    private static List<JournalEvent> Journal()
    {
        var events = new List<JournalEvent>();
        var n = 0;
        void Add(double day, JournalEvent e) => events.Add(e with { Id = new EventId("test", ++n), Time = T0.AddDays(day), Actor = "platform" });
        Add(0, new EnvironmentCreated("prod-1", EnvironmentType.Production, "europe", 30, EncryptionOwner.MicrosoftManaged));
        Add(0, new EnvironmentCreated("sand-1", EnvironmentType.Sandbox, "europe", 10, EncryptionOwner.MicrosoftManaged));
        Add(0, new EnvironmentCreated("prod-2", EnvironmentType.Production, "unitedstates", 20, EncryptionOwner.MicrosoftManaged));
        Add(0, new EnvironmentAddedToPolicy("prod-1", "ep-a", RuleId.EN03));
        Add(0, new EnvironmentAddedToPolicy("sand-1", "ep-a", RuleId.EN03));
        Add(0, new EnvironmentAddedToPolicy("prod-2", "ep-b", RuleId.EN03));
        Add(1, new BackupTaken("prod-2", "b1", [new ResourceKey(StorageResource.Database, V1)]));
        Add(1, new BackupTaken("prod-1", "b2", [new ResourceKey(StorageResource.Database, V2)]));
        Add(10, new RoleRemoved("kv", "ep-a-identity", KeyVaultRole.KeyVaultCryptoServiceEncryptionUser));
        var revocation = events[^1].Id;
        Add(10, new EnvironmentLocked("prod-1", "403", RuleId.EN09, [V2], TimeSpan.FromDays(30)) with { Cause = revocation });
        Add(10, new EnvironmentLocked("sand-1", "403", RuleId.EN09, [V2], TimeSpan.FromDays(7)) with { Cause = revocation });
        Add(11, new EnvironmentLocked("prod-1", "403 again", RuleId.EN09, [V2], TimeSpan.FromDays(30)));
        Add(12, new EnvironmentReEnabled("prod-1"));
        Add(17, new LockedEnvironmentDeleted("sand-1", TimeSpan.FromDays(7)));
        Add(20, new KeyVersionDisabled(V1));
        Add(20, new EnvironmentLocked("prod-2", "version disabled", RuleId.EN08, [V1], TimeSpan.FromDays(30)) with { Cause = events[^1].Id });
        return events;
    }

    [Fact]
    public void Outages_run_from_the_lock_to_the_re_enable_the_deletion_or_the_end_of_the_run()
    {
        var impact = ImpactFigures.From(Journal(), T0.AddDays(25));

        Assert.Collection(impact.Outages,
            o => Assert.Equal(("prod-1", OutageEnding.ReEnabled, 48.0, RuleId.EN09), (o.Environment, o.Ending, o.Hours, o.Rule)),
            o => Assert.Equal(("sand-1", OutageEnding.Deleted, 7 * 24.0, T0.AddDays(17)), (o.Environment, o.Ending, o.Hours, o.Deadline)),
            o => Assert.Equal(("prod-2", OutageEnding.StillLocked, 5 * 24.0, T0.AddDays(50)), (o.Environment, o.Ending, o.Hours, o.Deadline)));
        Assert.Equal(TimeSpan.FromDays(25), impact.StillLocked.Single().LeftBeforeDeletion);
        Assert.Equal(["sand-1"], impact.DataLost);
        Assert.Equal(3, impact.EnvironmentsOffline);
        Assert.Equal(48 + 168 + 120, impact.EnvironmentHours);
    }

    [Fact]
    public void Impact_is_broken_down_per_cause_policy_and_region()
    {
        var impact = ImpactFigures.From(Journal(), T0.AddDays(25));

        Assert.Equal([new ImpactRow(RuleId.EN08, 1, 120, 1, 0), new ImpactRow(RuleId.EN09, 2, 216, 0, 1)], impact.ByCause);
        Assert.Equal([new ImpactRow("ep-a", 2, 216, 0, 1), new ImpactRow("ep-b", 1, 120, 1, 0)], impact.ByPolicy);
        Assert.Equal([new ImpactRow("europe", 2, 216, 0, 1), new ImpactRow("unitedstates", 1, 120, 1, 0)], impact.ByRegion);
    }

    [Fact]
    public void A_backup_is_unrestorable_while_a_version_it_needs_is_disabled_and_restorable_again_once_enabled()
    {
        var journal = Journal();
        var unrestorable = ImpactFigures.From(journal, T0.AddDays(25)).UnrestorableBackups;
        Assert.Equal(("prod-2", "b1", V1), (unrestorable.Single().Environment, unrestorable.Single().Backup, unrestorable.Single().Missing));

        journal.Add(new KeyVersionEnabled(V1) with { Id = new EventId("test", 99), Time = T0.AddDays(21) });
        Assert.Empty(ImpactFigures.From(journal, T0.AddDays(25)).UnrestorableBackups);
    }

    [Fact]
    public void An_outage_is_a_finding_from_its_lock_under_the_lock_s_rule_with_its_deadline_and_cause_chain()
    {
        var journal = Journal();
        var index = new JournalIndex(journal);

        var outages = Lk02LockedEnvironmentDeletion.CheckOutages(index).ToList();

        // prod-1's second lock (day 11) is the same outage: one finding per outage, not per lock.
        Assert.Equal(["environment/prod-1", "environment/sand-1", "environment/prod-2"], outages.Select(f => f.Subject));
        Assert.Equal([RuleId.EN09, RuleId.EN09, RuleId.EN08], outages.Select(f => f.RuleId));
        Assert.All(outages, f => Assert.Equal(FindingSeverity.High, f.Severity));
        Assert.Equal(T0.AddDays(10), outages[0].Time);
        Assert.Contains("2026-01-18 00:00Z", outages[1].Message);
        Assert.Contains("deleted with its data at the deadline", outages[1].Message);
        Assert.Contains("re-enabled before the deadline", outages[0].Message);
        Assert.Contains("still locked", outages[2].Message);
        // Evidence: the lock, then what caused it.
        Assert.Equal([9, 8], outages[0].Evidence);
        Assert.Same(Lk02LockedEnvironmentDeletion.OutageGuidance, outages[0].Guidance);
        Assert.Contains(FindingChecks.Run(journal), f => f.Subject == "environment/prod-2" && f.RuleId == RuleId.EN08);
    }

    [Fact]
    public void Every_finding_check_gives_its_findings_a_risk_and_a_remediation()
    {
        var findings = FindingChecks.Run(Journal());

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Guidance?.Risk) || string.IsNullOrWhiteSpace(f.Guidance?.Remediation), f.RuleId));
    }
}
