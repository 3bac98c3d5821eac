using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;

namespace CmkSim.Domain.Compliance;

/// <summary>A backup that can't be restored at the end of the run: a key version wrapping its data keys is gone.</summary>
public sealed record UnrestorableBackup(string Environment, string Backup, KeyVersionId Missing, int Position);

/// <summary>Which backups are unrestorable when the run ends, from the key events after them.</summary>
public static class Backups
{
    /// <summary>
    /// Backups whose data keys need a key version that is disabled, or whose key or vault is deleted or purged, at the end
    /// of the run. A deleted environment's backups (<paramref name="deleted"/>) are lost with its data and a reset
    /// environment's backups are deleted on purpose (DB-04), as are an admin's deletions (EN-02): none is counted here.
    /// </summary>
    public static IReadOnlyList<UnrestorableBackup> Unrestorable(IReadOnlyList<JournalEvent> journal, IReadOnlySet<string> deleted)
    {
        var disabled = new HashSet<KeyVersionId>();
        var goneKeys = new HashSet<(string Vault, string Key)>();
        var goneVaults = new HashSet<string>(StringComparer.Ordinal);
        var backups = new Dictionary<(string Environment, string Backup), (BackupTaken Backup, int Position)>();
        for (var i = 0; i < journal.Count; i++)
        {
            switch (journal[i])
            {
                case BackupTaken b:
                    backups[(b.Environment, b.Backup)] = (b, i);
                    break;
                case EnvironmentReset or EnvironmentDeleted:
                    var environment = journal[i] is EnvironmentReset reset ? reset.Environment : ((EnvironmentDeleted)journal[i]).Environment;
                    foreach (var k in backups.Keys.Where(k => k.Environment == environment).ToList())
                    {
                        backups.Remove(k);
                    }

                    break;
                case BackupDeleted d:
                    backups.Remove((d.Environment, d.Backup)); // deleted on purpose (EN-02), like a reset's
                    break;
                case KeyVersionDisabled d:
                    disabled.Add(d.Version);
                    break;
                case KeyVersionEnabled e:
                    disabled.Remove(e.Version);
                    break;
                case KeyDeleted d:
                    goneKeys.Add((d.Vault, d.Key));
                    break;
                case KeyRecovered r:
                    goneKeys.Remove((r.Vault, r.Key));
                    break;
                case KeyPurged p:
                    goneKeys.Add((p.Vault, p.Key));
                    break;
                case VaultDeleted d:
                    goneVaults.Add(d.Vault);
                    break;
                case VaultRecovered r:
                    goneVaults.Remove(r.Vault);
                    break;
                case VaultPurged p:
                    goneVaults.Add(p.Vault);
                    break;
            }
        }

        return backups.Values.Where(b => !deleted.Contains(b.Backup.Environment))
            .Select(b => (b.Backup, b.Position, Missing: b.Backup.Keys.Select(k => k.WrappedBy)
                .FirstOrDefault(v => disabled.Contains(v) || goneKeys.Contains((v.Vault, v.Name)) || goneVaults.Contains(v.Vault))))
            .Where(b => b.Missing is not null)
            .Select(b => new UnrestorableBackup(b.Backup.Environment, b.Backup.Backup, b.Missing!, b.Position))
            .OrderBy(b => b.Position)
            .ToList();
    }
}
