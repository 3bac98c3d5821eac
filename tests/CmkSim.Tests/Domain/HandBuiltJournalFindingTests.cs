using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;

namespace CmkSim.Tests.Domain;

/// <summary>
/// EN-05, EN-08 and SD-01 findings from hand-built journals: each revert, rotation or admin meets only what concerns it,
/// the first such event in journal order (the checks index those events in one pass, so a load run's thousands of
/// reverts don't each scan millions of events).
/// </summary>
public sealed class HandBuiltJournalFindingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JournalIndex Index(params (double Day, JournalEvent Event)[] events) =>
        new(events.Select((x, i) => x.Event with { Id = new EventId("test", i + 1), Time = T0.AddDays(x.Day), Actor = x.Event.Actor is "" ? "admin" : x.Event.Actor }).ToList());

    [Fact]
    public void EN05_a_revert_meets_the_first_removal_of_its_former_vault_key_or_identity_within_30_days()
    {
        var journal = Index(
            (0, new EnvironmentReverted("a", "kv-a", "cmk", "ep-a-identity")),
            (0, new EnvironmentReverted("b", "kv-b", "cmk", "ep-b-identity")),
            (1, new KeyDeleted("kv-a", "other-key", Soft: true)), // another key of a's vault: harmless
            (2, new RoleRemoved("kv-b", "someone-else", KeyVaultRole.KeyVaultCryptoServiceEncryptionUser)), // another principal
            (3, new RoleRemoved("kv-a", "ep-a-identity", KeyVaultRole.KeyVaultCryptoServiceEncryptionUser)),
            (4, new KeyDeleted("kv-a", "cmk", Soft: true)), // a's too, but later than the role removal
            (31, new VaultDeleted("kv-b", Soft: true))); // b's vault, a day after its 30 days

        var finding = Assert.Single(En05KeyAccessAfterRemoval.Check(journal));

        Assert.Equal(("environment/a", T0.AddDays(3)), (finding.Subject, finding.Time));
        Assert.Equal([0, 4], finding.Evidence);
    }

    [Fact]
    public void EN08_a_rotation_meets_the_first_disable_of_an_earlier_version_of_its_key_within_28_days()
    {
        var (v1, v2, v3) = (KeyVersionId.Derive("kv", "cmk", 1), KeyVersionId.Derive("kv", "cmk", 2), KeyVersionId.Derive("kv", "cmk", 3));
        var journal = Index(
            (0, new KeyRotated(v2, v1, ByRotationPolicy: false)),
            (1, new KeyVersionDisabled(KeyVersionId.Derive("kv", "other", 1))), // another key: harmless
            (2, new KeyVersionDisabled(v2)), // the version the rotation made: not previous
            (3, new KeyRotated(v3, v2, ByRotationPolicy: false)),
            (5, new KeyVersionDisabled(v3)), // made by a later rotation: not previous to v2's
            (6, new KeyVersionDisabled(v1)));

        var findings = En08PreviousKeyVersion.Check(journal).ToList();

        // Both rotations meet v1's disable: v2's own disable came before v3's rotation, v3's is no one's previous.
        Assert.Equal([(T0.AddDays(6), 0), (T0.AddDays(6), 3)], findings.Select(f => (f.Time, f.Evidence[0])));
        Assert.All(findings, f => Assert.Equal(5, f.Evidence[1]));
    }

    [Fact]
    public void SD01_an_admin_meets_their_own_first_vault_management_and_other_users_are_not_findings()
    {
        var journal = Index(
            (0, new UserAdded("mallory", [EntraRole.PowerPlatformAdministrator], [], Active: true)),
            (0, new UserAdded("kvadmin", [], [], Active: true)), // no admin role: managing vaults is their job
            (0, new UserAdded("alice", [EntraRole.GlobalAdministrator], [], Active: true)), // manages nothing
            (1, new VaultCreated("kv", new KeyVaultSettings("sub-1")) with { Actor = "kvadmin" }),
            (2, new RoleAssigned("kv", "ep-identity", KeyVaultRole.KeyVaultCryptoServiceEncryptionUser) with { Actor = "mallory" }),
            (3, new KeyDeleted("kv", "cmk", Soft: true) with { Actor = "mallory" }));

        var finding = Assert.Single(Sd01SeparationOfDuty.Check(journal));

        Assert.Equal(("user/mallory", T0.AddDays(2)), (finding.Subject, finding.Time));
        Assert.Equal([0, 4], finding.Evidence);
    }
}
