using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Tenants;
using CmkSim.Grains.Tenants;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Model;
using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Actions;

/// <summary>
/// Turns a scripted step into grain calls, as the actor, and reports the platform's answer. A refusal is an outcome
/// (with its rule), never an exception; steps over many environments report the first refusal and count the rest.
/// </summary>
public sealed partial class ActionExecutor(IGrainFactory grains, RunRegistry registry, TimeProvider time, string scenarioFolder)
{
    public Task<StepOutcome> ExecuteAsync(ScenarioStep step)
    {
        var a = step.Arguments;
        var actor = step.Actor;
        return step.Action switch
        {
            "registerResourceProvider" => Tenant(t => t.RegisterResourceProviderAsync(actor, a.String("subscription"))),
            "createKeyVault" or "createManagedHsm" => CreateVault(actor, a, step.Action == "createManagedHsm"),
            "createKey" => CreateKey(actor, a),
            "importKey" => Vault(a, v => v.ImportKeyAsync(actor, a.String("name"), a.OptionalInt("size") ?? 2048, a.OptionalBool("hsmProtected") ?? true)),
            "rotateKey" => Vault(a, v => v.RotateKeyAsync(actor, a.String("key"))),
            "setRotationPolicy" => SetRotationPolicy(actor, a),
            "disableKeyVersion" or "enableKeyVersion" => SetVersionEnabled(actor, a, step.Action == "enableKeyVersion"),
            "deleteKey" => Vault(a, v => v.DeleteKeyAsync(actor, a.String("key"))),
            "recoverKey" => Vault(a, v => v.RecoverKeyAsync(actor, a.String("key"))),
            "purgeKey" => Vault(a, v => v.PurgeKeyAsync(actor, a.String("key"))),
            "deleteKeyVault" => Vault(a, v => v.DeleteVaultAsync(actor)),
            "recoverKeyVault" => Vault(a, v => v.RecoverVaultAsync(actor)),
            "purgeKeyVault" => Vault(a, v => v.PurgeVaultAsync(actor)),
            "setNetwork" => Vault(a, v => v.SetNetworkAsync(actor, a.Bool("publicNetworkAccess"), a.OptionalBool("trustedServicesBypass") ?? false)),
            "assignRole" or "removeRole" => Role(actor, a, step.Action == "assignRole"),
            "createEnterprisePolicy" => CreatePolicy(actor, a),
            "grantKeyAccess" or "revokeKeyAccess" => KeyAccess(actor, a, step.Action == "grantKeyAccess"),
            "setAccessPolicy" => SetAccessPolicy(actor, a),
            "grantPolicyReader" => Policy(a, p => p.GrantReaderAsync(actor, a.String("user"))),
            "removePolicyReader" => Policy(a, p => p.RemoveReaderAsync(actor, a.String("user"))),
            "deletePolicy" => Policy(a, p => p.DeleteAsync(actor)),
            "enableManagedEnvironment" => Each(a, e => e.EnableManagedEnvironmentAsync(actor)),
            "addEnvironments" or "migrateByok" => Each(a, e => e.AddToPolicyAsync(actor, a.String("policy"))),
            "removeEnvironments" => Each(a, e => e.RemoveFromPolicyAsync(actor)),
            "reEnableEnvironment" => Each(a, e => e.ReEnableAsync(actor)),
            "reset" => Each(a, e => e.ResetAsync(actor)),
            "writeRecords" => Each(a, e => e.WriteRecordsAsync(actor, a.Int("count"))),
            "createFlows" => Each(a, e => e.CreateFlowsAsync(actor, a.Int("count"))),
            "readRecords" => ReadRecords(actor, a),
            "injectEncryptionFailure" => Each(a, async e => { await e.FailNextEncryptionAsync(); return Domain.Rules.Decision.Accept("the next encryption run will fail"); }),
            "backup" => Backup(actor, a),
            "restore" => Restore(actor, a),
            "copy" => Copy(actor, a),
            _ => Task.FromResult(StepOutcome.Error($"action '{step.Action}' is not modelled")),
        };
    }

    private IEnvironmentGrain Env(string name) => grains.GetGrain<IEnvironmentGrain>(name);

    private async Task<StepOutcome> Tenant(Func<ITenantGrain, Task<Domain.Rules.Decision>> call) =>
        StepOutcome.From(await call(grains.GetGrain<ITenantGrain>(TenantKey.Default)));

    private async Task<StepOutcome> Policy(StepArguments a, Func<IEnterprisePolicyGrain, Task<Domain.Rules.Decision>> call) =>
        StepOutcome.From(await call(grains.GetGrain<IEnterprisePolicyGrain>(a.String("policy"))));

    /// <summary>Runs the call on every selected environment, in declaration order; the first refusal speaks for the step.</summary>
    private async Task<StepOutcome> Each(StepArguments a, Func<IEnvironmentGrain, Task<Domain.Rules.Decision>> call)
    {
        var names = a.Environments("environments").Names;
        var decisions = new List<Domain.Rules.Decision>(names.Count);
        foreach (var name in names)
        {
            decisions.Add(await call(Env(name)));
        }

        var refused = decisions.Where(d => !d.Accepted).ToList();
        return refused.Count == 0
            ? StepOutcome.Accept(names.Count == 1 ? decisions[0].Message : $"{names.Count} environments: {decisions[0].Message}", decisions[0].RuleId)
            : StepOutcome.Refuse(refused[0].RuleId!, $"{refused.Count} of {names.Count} refused: {refused[0].Message}");
    }

    private async Task<StepOutcome> ReadRecords(string actor, StepArguments a)
    {
        var names = a.Environments("environments").Names;
        long readable = 0, unreadable = 0;
        ReadOutcome? failed = null;
        foreach (var name in names)
        {
            var outcome = await Env(name).ReadRecordsAsync(actor);
            readable += outcome.Readable;
            unreadable += outcome.Unreadable;
            failed ??= outcome.Failure is null ? null : outcome;
        }

        return failed is null
            ? StepOutcome.Accept($"{readable} records readable")
            : StepOutcome.Refuse(failed.RuleId!, $"{readable} readable, {unreadable} unreadable: {failed.Failure}");
    }

    private async Task<StepOutcome> Backup(string actor, StepArguments a)
    {
        var source = a.String("environment");
        var name = a.String("name");
        var outcome = StepOutcome.From(await Env(source).BackupAsync(actor, name));
        if (outcome.Accepted)
        {
            registry.Backups[name] = source;
        }

        return outcome;
    }

    private async Task<StepOutcome> Copy(string actor, StepArguments a) =>
        StepOutcome.From(await Env(a.String("target")).CopyFromAsync(actor, a.String("source")));

    private async Task<StepOutcome> Restore(string actor, StepArguments a)
    {
        var backup = a.String("backup");
        var target = a.String("target");
        return registry.Backups.TryGetValue(backup, out var source)
            ? StepOutcome.From(await Env(target).RestoreAsync(actor, source, backup))
            // DB-01 restores a backup of the environment it came from; none by this name was ever taken.
            : StepOutcome.Refuse(Domain.Rules.RuleId.DB01, $"no backup named '{backup}' was taken");
    }
}
