using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CsCheck;

namespace CmkSim.Tests.Domain;

/// <summary>
/// The EN-05, EN-08 and SD-01 checks index the journal in one pass (a load run has millions of events and thousands of
/// reverts). On random journals they must find what the plain reading of each rule finds: for each revert, rotation or
/// admin, the first matching event in journal order, scanning the whole journal (written here again, naively).
/// </summary>
public sealed class IndexedFindingCheckProperties
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Vaults = ["kv-1", "kv-2"];
    private static readonly string[] Keys = ["cmk", "other"];
    private static readonly string[] Principals = ["id-1", "id-2"];
    private static readonly string[] Users = ["ann", "bob", "cy"];

    private static readonly Gen<KeyVersionId> Version =
        Gen.Select(Gen.OneOf(Vaults), Gen.OneOf(Keys), Gen.Int[1, 3], (v, k, n) => KeyVersionId.Derive(v, k, n));

    private static readonly Gen<JournalEvent> Event = Gen.OneOf<JournalEvent>(
        Gen.Select(Gen.OneOf("a", "b"), Gen.OneOf(Vaults), Gen.OneOf(Keys), Gen.OneOf(Principals),
            (e, v, k, p) => (JournalEvent)new EnvironmentReverted(e, v, k, p)),
        Gen.Select(Gen.OneOf(Vaults), Gen.OneOf(Keys), (v, k) => (JournalEvent)new KeyDeleted(v, k, Soft: true)),
        Gen.OneOf(Vaults).Select(v => (JournalEvent)new VaultDeleted(v, Soft: true)),
        Gen.Select(Gen.OneOf(Vaults), Gen.OneOf(Principals), (v, p) => (JournalEvent)new RoleRemoved(v, p, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser)),
        Gen.Select(Gen.OneOf(Vaults), Gen.OneOf(Principals), (v, p) => (JournalEvent)new RoleAssigned(v, p, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser)),
        Version.Select(v => (JournalEvent)new KeyRotated(v, v, ByRotationPolicy: false)),
        Version.Select(v => (JournalEvent)new KeyVersionDisabled(v)),
        Gen.Select(Gen.OneOf(Users), Gen.Bool, (u, admin) => (JournalEvent)new UserAdded(u, admin ? [EntraRole.PowerPlatformAdministrator] : [], [], Active: true)));

    /// <summary>Events in time order (gaps of 0 to 20 days: ties, inside and outside the 28- and 30-day windows), random actors.</summary>
    private static readonly Gen<JournalIndex> Journal =
        Gen.Select(Event, Gen.Int[0, 20], Gen.OneOf(Users), (e, gap, actor) => (e, gap, actor)).Array[0, 40].Select(items =>
        {
            var (time, n) = (T0, 0);
            return new JournalIndex(items.Select(x => x.e with { Id = new EventId("test", ++n), Time = time = time.AddDays(x.gap), Actor = x.actor }).ToList());
        });

    [Fact]
    public void The_indexed_checks_find_what_a_full_scan_finds()
    {
        var (en05, en08, sd01) = (0, 0, 0);
        Journal.Sample(journal =>
        {
            var expected = (En05: NaiveEn05(journal), En08: NaiveEn08(journal), Sd01: NaiveSd01(journal));
            Assert.Equal(expected.En05, Shape(En05KeyAccessAfterRemoval.Check(journal)));
            Assert.Equal(expected.En08, Shape(En08PreviousKeyVersion.Check(journal)).Select(f => f with { Evidence = f.Evidence.Take(2).ToList() }));
            Assert.Equal(expected.Sd01, Shape(Sd01SeparationOfDuty.Check(journal)));
            (en05, en08, sd01) = (en05 + expected.En05.Count, en08 + expected.En08.Count, sd01 + expected.Sd01.Count);
        }, iter: 2_000, threads: 1);

        // The journals are not all empty of findings: each check was exercised.
        Assert.All(new[] { en05, en08, sd01 }, count => Assert.True(count > 200, $"findings: EN-05 {en05}, EN-08 {en08}, SD-01 {sd01}"));
    }

    private sealed record Found(DateTimeOffset Time, string Subject, IReadOnlyList<int> Evidence)
    {
        public bool Equals(Found? other) => other is not null && (Time, Subject) == (other.Time, other.Subject) && Evidence.SequenceEqual(other.Evidence);

        public override int GetHashCode() => HashCode.Combine(Time, Subject);
    }

    private static List<Found> Shape(IEnumerable<Finding> findings) => findings.Select(f => new Found(f.Time, f.Subject, f.Evidence.ToList())).ToList();

    private static List<Found> NaiveEn05(JournalIndex journal)
    {
        var found = new List<Found>();
        foreach (var (position, reverted) in journal.All<EnvironmentReverted>())
        {
            var removed = journal.All<JournalEvent>().FirstOrDefault(x => x.Event.Time >= reverted.Time && x.Event.Time < reverted.Time + TimeSpan.FromDays(30)
                && x.Event switch
                {
                    KeyDeleted d => d.Vault == reverted.FormerVault && d.Key == reverted.FormerKey,
                    VaultDeleted d => d.Vault == reverted.FormerVault,
                    RoleRemoved r => r.Vault == reverted.FormerVault && r.Principal == reverted.FormerIdentity,
                    _ => false,
                });
            if (removed.Event is not null)
            {
                found.Add(new Found(removed.Event.Time, reverted.Target, [position, removed.Position]));
            }
        }

        return found;
    }

    /// <summary>Rotation and the disable or delete that came too soon (the backups and locks cited after them aside).</summary>
    private static List<Found> NaiveEn08(JournalIndex journal)
    {
        var found = new List<Found>();
        var rotations = journal.All<KeyRotated>().ToList();
        foreach (var (position, rotation) in rotations)
        {
            var (vault, key) = (rotation.Version.Vault, rotation.Version.Name);
            var later = rotations.Where(r => r.Position > position && r.Event.Version.Vault == vault && r.Event.Version.Name == key).Select(r => r.Event.Version).ToList();
            var tooSoon = journal.All<JournalEvent>().FirstOrDefault(x => x.Event.Time >= rotation.Time && x.Event.Time < rotation.Time + TimeSpan.FromDays(28)
                && x.Event switch
                {
                    KeyVersionDisabled d => d.Version.Vault == vault && d.Version.Name == key && d.Version != rotation.Version && !later.Contains(d.Version),
                    KeyDeleted d => d.Vault == vault && d.Key == key,
                    _ => false,
                });
            if (tooSoon.Event is not null)
            {
                found.Add(new Found(tooSoon.Event.Time, $"{vault}/{key}", [position, tooSoon.Position]));
            }
        }

        return found;
    }

    private static List<Found> NaiveSd01(JournalIndex journal)
    {
        var found = new List<Found>();
        var admins = journal.All<UserAdded>().Where(x => x.Event.Roles.Count > 0).GroupBy(x => x.Event.User).Select(g => g.First())
            .OrderBy(x => x.Event.User, StringComparer.Ordinal);
        foreach (var (position, admin) in admins)
        {
            var managed = journal.All<JournalEvent>().FirstOrDefault(x => x.Event.Actor == admin.User
                && x.Event is VaultCreated or KeyCreated or RoleAssigned or RoleRemoved or AccessPolicySet or KeyDeleted or KeyVersionDisabled);
            if (managed.Event is not null)
            {
                found.Add(new Found(managed.Event.Time, admin.Target, [position, managed.Position]));
            }
        }

        return found;
    }
}
