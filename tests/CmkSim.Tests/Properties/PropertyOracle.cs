using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Tests.Domain;

namespace CmkSim.Tests.Properties;

/// <summary>
/// The independent oracle, written from shared/cmk-rules.md (it calls none of the product's rule code): after every
/// step it checks, from the step outcomes, the observations and the journal, the properties that must hold under any
/// sequence of actions. Each violation is one line naming the step.
/// </summary>
public static partial class PropertyOracle
{
    /// <summary>Actions that manage an environment's encryption or data: EN-02 wants an active admin for them.</summary>
    private static readonly HashSet<string> AdminActions =
    [
        "addEnvironments", "removeEnvironments", "reEnableEnvironment", "migrateByok",
        "reset", "deleteEnvironment", "deleteBackup", "restore", "copy", "backup",
    ];

    /// <summary>The catalogue's rule IDs, read from the shared document itself.</summary>
    public static IReadOnlySet<string> Catalogue { get; } = File.ReadAllLines(SharedDocs.RulesPath)
        .Select(line => RuleRow().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();

    public static IReadOnlyList<string> Violations(PropertyRun run)
    {
        var violations = new List<string>();
        violations.AddRange(DenyByDefault(run));
        violations.AddRange(Readability(run));
        violations.AddRange(DataLoss(run));
        violations.AddRange(Refusals(run));
        violations.AddRange(OneEventPerAction(run));
        violations.AddRange(CausesBeforeEffects(run));
        violations.AddRange(Secrets(run));
        return violations;
    }

    /// <summary>KV-03, EP-01, EP-04, EN-02, LK-03: an accepted step's actor held the role the rule asks for when it acted.</summary>
    public static IEnumerable<string> DenyByDefault(PropertyRun run)
    {
        var roles = new RoleModel();
        var observations = Ordered(run);
        for (var i = 0; i < run.Run.Steps.Count; i++)
        {
            var step = run.Run.Steps[i];
            var outcome = run.Result.Steps[i];
            if (!outcome.Accepted)
            {
                continue;
            }

            var n = i + 1;
            var actor = step.Actor;
            if (AdminActions.Contains(step.Action) && !roles.IsAdmin(actor))
            {
                yield return $"step {n} ({step}): accepted, but '{actor}' is not an active admin (EN-02)";
            }

            if (!roles.IsActive(actor))
            {
                yield return $"step {n} ({step}): accepted, but '{actor}' is deactivated and can't sign in (EN-02)";
            }

            if (step.Action is "addEnvironments" or "migrateByok" && !roles.IsReader(step.Arg("policy")!, actor))
            {
                yield return $"step {n} ({step}): accepted, but '{actor}' is not Reader on '{step.Arg("policy")}' (EP-04)";
            }

            // EP-01: a Reader grant or removal, or an update, on a policy that does not exist is a 404, never accepted.
            if (step.Action is "grantPolicyReader" or "removePolicyReader" or "updateEnterprisePolicy" && !roles.PolicyExists(step.Arg("policy")!))
            {
                yield return $"step {n} ({step}): accepted, but policy '{step.Arg("policy")}' does not exist (EP-01)";
            }

            if (step.Action == "createKey" && roles.IsManagedHsm(step.Arg("vault")!) && !roles.HasAzureRole(step.Arg("vault")!, actor, "ManagedHsmCryptoUser"))
            {
                yield return $"step {n} ({step}): a key created in a Managed HSM by '{actor}' without Managed HSM Crypto User (KV-03)";
            }

            // LK-03: unlocking is by an admin with read access to the policy.
            if (step.Action == "reEnableEnvironment" && observations.TryGetValue(i, out var before)
                && before.Environments.TryGetValue(step.Arg("environments")!, out var env)
                && env.View.Status == EnvironmentStatus.Locked && env.View.Policy is { } policy && !roles.IsReader(policy, actor))
            {
                yield return $"step {n} ({step}): a locked environment re-enabled by '{actor}', not Reader on '{policy}' (LK-03)";
            }

            roles.Accepted(step);
        }
    }

    /// <summary>Enabled on the customer key ⇒ every record reads back; Locked ⇒ none does, for any reader; states are defined.</summary>
    public static IEnumerable<string> Readability(PropertyRun run)
    {
        foreach (var o in Ordered(run).Values)
        {
            foreach (var (name, env) in o.Environments)
            {
                var v = env.View;
                var where = $"after step {o.Step}, {name}";
                if (!Enum.IsDefined(v.Status) || !Enum.IsDefined(v.Encryption) || !Enum.IsDefined(v.Owner))
                {
                    yield return $"{where}: an undefined state ({v.Status}, {v.Encryption}, {v.Owner})";
                }

                if (v.Status == EnvironmentStatus.Enabled && v.Owner == EncryptionOwner.CustomerManaged)
                {
                    var read = env.Reads[CmkSim.Scenarios.Model.ReservedActors.Platform];
                    if (read.Readable != v.Records || read.Unreadable != 0 || read.Failure is not null)
                    {
                        yield return $"{where}: Enabled on the customer key, but {read.Readable} of {v.Records} records read back ({read.Failure})";
                    }
                }

                if (v.Status == EnvironmentStatus.Locked)
                {
                    foreach (var (reader, read) in env.Reads.Where(r => r.Value.Readable > 0))
                    {
                        yield return $"{where}: Locked, but {reader} read {read.Readable} records";
                    }
                }
            }
        }
    }

    /// <summary>Records go away only by LK-02 deletion, DB-04 reset, an admin's deletion (EN-02) or an overwrite (DB-01 restore, DB-02 copy).</summary>
    public static IEnumerable<string> DataLoss(PropertyRun run)
    {
        var observations = Ordered(run).Values.ToList();
        for (var k = 1; k < observations.Count; k++)
        {
            var (before, after) = (observations[k - 1], observations[k]);
            foreach (var (name, now) in after.Environments)
            {
                var then = before.Environments[name].View;
                var lost = (now.View.DataLost && !then.DataLost) || now.View.Records < then.Records;
                if (!lost)
                {
                    continue;
                }

                var explained = run.Result.Journal.Any(e => e.Target == $"environment/{name}" && e.Time > before.At && e.Time <= after.At
                    && e is LockedEnvironmentDeleted or EnvironmentReset or EnvironmentDeleted or BackupRestored or EnvironmentCopied);
                if (!explained)
                {
                    yield return $"after step {after.Step}, {name}: data lost ({then.Records} → {now.View.Records} records, dataLost {now.View.DataLost}) with no LK-02 deletion, DB-04 reset, EN-02 deletion or overwrite";
                }
            }
        }
    }

    /// <summary>Every refusal (step or journal) cites a rule of the catalogue; no step failed to run (an undefined transition throws).</summary>
    public static IEnumerable<string> Refusals(PropertyRun run)
    {
        for (var i = 0; i < run.Result.Steps.Count; i++)
        {
            var outcome = run.Result.Steps[i];
            if (outcome.IsError)
            {
                yield return $"step {i + 1} ({run.Run.Steps[i]}): the simulator could not run it: {outcome.Message}";
            }
            else if (!outcome.Accepted && (outcome.RuleId is null || !Catalogue.Contains(outcome.RuleId)))
            {
                yield return $"step {i + 1} ({run.Run.Steps[i]}): refused citing '{outcome.RuleId}', not a rule of the catalogue";
            }
        }

        foreach (var refused in run.Result.Journal.OfType<Refused>().Where(r => r.Rule is null || !Catalogue.Contains(r.Rule)))
        {
            yield return $"journal {refused.Id}: a refusal of {refused.RefusedOperation} citing '{refused.Rule}', not a rule of the catalogue";
        }
    }

    /// <summary>Each step leaves exactly one event of its own (its actor, its time, no cause): its success, or its refusal or failure.</summary>
    public static IEnumerable<string> OneEventPerAction(PropertyRun run)
    {
        var at = run.Result.Start;
        for (var i = 0; i < run.Run.Steps.Count; i++)
        {
            var step = run.Run.Steps[i];
            at += step.Gap;
            var outcome = run.Result.Steps[i];
            // A fault the simulator injects (the next encryption fails) is no platform operation: nothing to journal.
            if (step.Action == "injectEncryptionFailure")
            {
                continue;
            }

            // policyValidated lines are the ValidateKeyVaultForCMK checks a policy creation records on its way, not its outcome.
            var own = run.Result.Journal.Where(e => e.Time == at && e.Actor == step.Actor && e.Cause is null && e is not PolicyValidated).ToList();
            if (own.Count != 1)
            {
                yield return $"step {i + 1} ({step}): {own.Count} journal events of its own ({string.Join(", ", own.Select(e => e.Operation))}), not one";
            }
            else if ((own[0].Outcome != EventOutcome.Succeeded) == outcome.Accepted)
            {
                yield return $"step {i + 1} ({step}): {(outcome.Accepted ? "accepted" : "refused")}, but journaled as {own[0].Operation} ({own[0].Outcome})";
            }
        }
    }

    /// <summary>Every cause in audit.jsonl names a line above it.</summary>
    public static IEnumerable<string> CausesBeforeEffects(PropertyRun run)
    {
        var seen = new HashSet<string>();
        var number = 0;
        foreach (var line in File.ReadLines(Path.Combine(run.ReportFolder, "audit.jsonl")))
        {
            number++;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("cause", out var cause) && cause.ValueKind == JsonValueKind.String && !seen.Contains(cause.GetString()!))
            {
                yield return $"audit.jsonl line {number}: cause {cause.GetString()} is not an earlier line";
            }

            if (root.TryGetProperty("id", out var id) && id.GetString() is { } text)
            {
                seen.Add(text);
            }
        }
    }

    /// <summary>No data key in the clear and no PIN in grain state, the journal or any file of the report.</summary>
    public static IEnumerable<string> Secrets(PropertyRun run)
    {
        var needles = new List<(string What, byte[] Bytes)> { ("the HSM PIN", Encoding.UTF8.GetBytes(run.Pin)) };
        foreach (var key in run.Captured.DataKeys.DistinctBy(Convert.ToHexString))
        {
            var label = $"data key {Convert.ToHexString(key)[..8]}…";
            needles.Add((label, key));
            needles.Add((label + " (base64)", Encoding.UTF8.GetBytes(Convert.ToBase64String(key))));
            needles.Add((label + " (hex)", Encoding.UTF8.GetBytes(Convert.ToHexString(key))));
            needles.Add((label + " (hex)", Encoding.UTF8.GetBytes(Convert.ToHexStringLower(key))));
        }

        var haystacks = Directory.EnumerateFiles(run.ReportFolder, "*", SearchOption.AllDirectories)
            .Select(f => (Where: Path.GetRelativePath(run.ReportFolder, f), Bytes: File.ReadAllBytes(f)))
            .Concat(run.Captured.StateBlobs.Select((b, i) => (Where: $"grain state blob {i}", Bytes: b)))
            .Append((Where: "the journal", Bytes: JsonSerializer.SerializeToUtf8Bytes(run.Result.Journal)));
        foreach (var (where, bytes) in haystacks)
        {
            foreach (var (what, needle) in needles.Where(n => bytes.AsSpan().IndexOf(n.Bytes) >= 0))
            {
                yield return $"{what} appears in {where}";
            }
        }
    }

    private static SortedDictionary<int, Observation> Ordered(PropertyRun run) => new(run.Captured.Observations.ToDictionary(o => o.Step));

    [GeneratedRegex(@"^\| ((?:KV|EP|EN|DB|SD|LK|BY)-\d\d) \|")]
    private static partial Regex RuleRow();
}
