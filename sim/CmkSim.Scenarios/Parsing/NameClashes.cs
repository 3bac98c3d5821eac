using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Names a scenario must not give twice, each refused at the later step: a backup name (restore and the backup
/// expectations name a backup by its name alone; two environments' backups called "b" made a restore to one
/// environment silently load the other's records), and one vault spelt two ways (Azure compares vault names
/// ignoring case, so "Contoso-KV" and "contoso-kv" are one vault, which the run would have kept as two).
/// </summary>
internal sealed class NameClashes(ErrorSink errors)
{
    public void Check(IEnumerable<ScenarioStep> steps)
    {
        var backups = new Dictionary<string, ScenarioStep>(StringComparer.Ordinal);
        var vaults = new Dictionary<string, (string Spelling, ScenarioStep Step)>(StringComparer.OrdinalIgnoreCase);
        foreach (var step in steps)
        {
            if (step.Do is Backup backup && !backups.TryAdd(backup.BackupName, step))
            {
                var first = backups[backup.BackupName];
                errors.Errors.Add(new ScenarioError(step.Location, $"steps[{step.Index}].name",
                    $"backup '{backup.BackupName}' is already taken by step {first.Index} ({((Backup)first.Do).Environment}): restore and the "
                    + "backup expectations name a backup by its name alone, so each backup step gives a name of its own"));
            }

            foreach (var argument in ActionCatalog.Actions[step.Action].Arguments.Where(a => a.Kind == ArgumentKind.Vault))
            {
                if (step.Arguments.OptionalString(argument.Name) is not { } vault)
                {
                    continue;
                }

                if (!vaults.TryAdd(vault, (vault, step)) && vaults[vault] is var (spelling, seen) && spelling != vault)
                {
                    errors.Errors.Add(new ScenarioError(step.Location, $"steps[{step.Index}].{argument.Name}",
                        $"'{vault}' and '{spelling}' (step {seen.Index}) name one vault: Azure compares vault names ignoring case; spell it one way"));
                }
            }
        }
    }
}
