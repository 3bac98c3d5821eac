using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Tenants;
using CmkSim.Scenarios.Actions;
using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Actions;

/// <summary>
/// The platform scenario actions act on, over the grains: each operation is the grain call(s) it takes, made as the
/// actor, with the run's registry kept up to date so the audit log and samples find every grain a step created.
/// </summary>
/// <remarks><paramref name="scheduler"/> carries work a step leaves running (a swap's second half); without it a swap can't run.</remarks>
public sealed partial class GrainPlatform(IGrainFactory grains, RunRegistry registry, TimeProvider time, string scenarioFolder,
    CmkSim.Domain.Ports.IEventScheduler? scheduler = null) : IPlatform, IEnvironmentsInFlight
{
    /// <summary>The run's in-flight degree, for steps over many environments whose calls are local.</summary>
    public int EnvironmentsInFlight { get; init; } = 1;

    public Task<Decision> RegisterResourceProviderAsync(string actor, string subscription) =>
        grains.Reference<ITenantGrain>(TenantKey.Default).RegisterResourceProviderAsync(actor, subscription);

    public Task<Decision> GrantPolicyReaderAsync(string actor, string policy, string user) => Policy(policy).GrantReaderAsync(actor, user);

    public Task<Decision> RemovePolicyReaderAsync(string actor, string policy, string user) => Policy(policy).RemoveReaderAsync(actor, user);

    public Task<Decision> DeletePolicyAsync(string actor, string policy) => Policy(policy).DeleteAsync(actor);

    public Task<Decision> EnableManagedEnvironmentAsync(string actor, string environment) => Env(environment).EnableManagedEnvironmentAsync(actor);

    public Task<Decision> AddToPolicyAsync(string actor, string environment, string policy) => Env(environment).AddToPolicyAsync(actor, policy);

    public Task<Decision> RemoveFromPolicyAsync(string actor, string environment) => Env(environment).RemoveFromPolicyAsync(actor);

    public Task<Decision> ReEnableEnvironmentAsync(string actor, string environment) => Env(environment).ReEnableAsync(actor);

    public Task<Decision> ResetAsync(string actor, string environment) => Env(environment).ResetAsync(actor);

    public Task<Decision> WriteRecordsAsync(string actor, string environment, int count) => Env(environment).WriteRecordsAsync(actor, count);

    public Task<Decision> CreateFlowsAsync(string actor, string environment, int count) => Env(environment).CreateFlowsAsync(actor, count);

    public async Task<RecordsRead> ReadRecordsAsync(string actor, string environment)
    {
        var outcome = await Env(environment).ReadRecordsAsync(actor);
        return new RecordsRead(outcome.Readable, outcome.Unreadable, outcome.Failure, outcome.RuleId);
    }

    public Task FailNextEncryptionAsync(string environment) => Env(environment).FailNextEncryptionAsync();

    public async Task<Decision> BackupAsync(string actor, string environment, string name)
    {
        var decision = await Env(environment).BackupAsync(actor, name);
        if (decision.Accepted)
        {
            registry.Backups[name] = environment;
        }

        return decision;
    }

    /// <remarks>
    /// A backup no step took is looked up in the target itself, which refuses it (DB-01) and journals the refusal like
    /// any other: every refusal is in audit.jsonl.
    /// </remarks>
    public async Task<Decision> RestoreAsync(string actor, string backup, string target) =>
        await Env(target).RestoreAsync(actor, registry.Backups.GetValueOrDefault(backup, target), backup);

    public Task<Decision> CopyAsync(string actor, string source, string target) => Env(target).CopyFromAsync(actor, source);

    private IEnvironmentGrain Env(string name) => grains.Reference<IEnvironmentGrain>(name);

    private IEnterprisePolicyGrain Policy(string name)
    {
        registry.AddressedPolicies.Add(name);
        return grains.Reference<IEnterprisePolicyGrain>(name);
    }

    private static Decision Answer<T>(KeyVaultResult<T> result) => KeyVaultDecision.Of(result);
}
