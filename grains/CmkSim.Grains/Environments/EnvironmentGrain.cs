using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Data;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Memory;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CmkSim.Domain.Ports;
using CmkSim.Grains.Journal;
using CmkSim.Grains.Tenants;
using CmkSim.Grains.Vaults;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Grains.Environments;

/// <summary>
/// A Power Platform environment. Its Dataverse records, flows and assets are really encrypted; which key wraps their
/// data keys is the whole story of CMK. Timed platform work (encryption, roll-out, re-enable, deletion of a locked
/// environment) is scheduled on the engine's queue with a ticket, so a call-back that lost its reason is ignored.
/// </summary>
public sealed partial class EnvironmentGrain(
    [PersistentState("environment")] IPersistentState<EnvironmentState> store,
    [FromKeyedServices(TimeProviderNames.Grains)] TimeProvider time,
    IWorkScheduler scheduler,
    IRandomStreams random) : Grain, IEnvironmentGrain
{
    /// <summary>Reads within one simulated minute reuse the unwrapped data key; a lock evicts it at once.</summary>
    private static readonly DataKeyCacheOptions ReadCache = new(TimeSpan.FromMinutes(1));

    private EnvironmentState State => store.State;

    private string? _name;

    /// <summary>Read once: the grain id decodes a new string at every call, and each event and record id keeps its own.</summary>
    private string Name => _name ??= Shared.Text(this.GetPrimaryKeyString());

    public async Task CreateAsync(EnvironmentSpec spec)
    {
        State.Spec = spec;
        State.Managed = spec.Managed;
        var key = spec.Byok ? await PlatformKeys.ByokAsync(GrainFactory, Name) : await PlatformKeys.MicrosoftManagedAsync(GrainFactory);
        State.Owner = spec.Byok ? EncryptionOwner.Byok : EncryptionOwner.MicrosoftManaged;
        State.Principal = PlatformKeys.Principal;
        await CreateDataKeysAsync(key);
        await WriteResourceContentAsync();
        // The platform's stores are always on the Microsoft-managed key (already in hand unless the environment is BYOK).
        var mmk = spec.Byok ? await PlatformKeys.MicrosoftManagedAsync(GrainFactory) : key;
        await WithPlatformStore(State.Assets, async assets =>
        {
            await assets.CreateDataKeyAsync(mmk, KeyWrapAlgorithm.RsaOaep);
            await assets.WriteAsync("connection-settings", "connector credentials"u8.ToArray());
            await assets.WriteAsync("canvas-app-source", "canvas app package and icons"u8.ToArray());
        });
        await WithPlatformStore(State.Flows, flows => flows.CreateDataKeyAsync(mmk, KeyWrapAlgorithm.RsaOaep));
        for (var i = 0; i < spec.Records; i++)
        {
            await WriteRecord();
        }

        Journal(PlatformActor, new EnvironmentCreated(Name, spec.Type, spec.Region, spec.Records, State.Owner));
        await store.WriteStateAsync();
    }

    public Task<EnvironmentView> GetAsync() => Task.FromResult(new EnvironmentView(
        Name, State.Spec?.Type ?? EnvironmentType.Production, Model.Status,
        EnvironmentStatusMap.Encryption(State), State.Owner, State.Policy, State.Dataverse.DataKey?.WrappedBy.Version,
        State.Dataverse.Records.Count, State.DataLost, State.History.ToList()));

    public Task<IReadOnlyList<JournalEvent>> GetJournalAsync() => Task.FromResult<IReadOnlyList<JournalEvent>>(State.Journal.ToList());

    public Task<string?> CustomerKeyAsync() => Task.FromResult(CustomerKey);

    public async Task FailNextEncryptionAsync()
    {
        State.FailNextEncryption = true;
        await store.WriteStateAsync();
    }

    public async Task<Decision> EnableManagedEnvironmentAsync(string actor)
    {
        if (await Admin(actor) is { } refused)
        {
            return await Refuse(actor, Operations.EnableManagedEnvironment, refused);
        }

        State.Managed = true;
        return await Accept(actor, new ManagedEnvironmentEnabled(Name), Decision.Accept("Managed Environment enabled"));
    }

    public Task OnOperationDueAsync(EnvironmentOperation operation, int ticket, EventId? cause)
    {
        if (!Model.IsCurrent(ticket))
        {
            return Task.CompletedTask; // superseded: e.g. a deletion timer after the environment was re-enabled
        }

        return OperationRetryingWhenThrottled(operation, ticket, cause, () => operation switch
        {
            EnvironmentOperation.EncryptionDue => CompleteEncryption(cause),
            EnvironmentOperation.RevertDue => CompleteRevert(cause),
            EnvironmentOperation.ReEnableDue => CompleteReEnable(cause),
            EnvironmentOperation.LockExpiryDue => ExpireLock(cause),
            _ => Task.CompletedTask,
        });
    }

    /// <summary>"vault/key" of the customer key, or null when the data key is Microsoft's or BYOK.</summary>
    private string? CustomerKey => State.Owner == EncryptionOwner.CustomerManaged && State.Dataverse.DataKey is { } k
        ? $"{k.WrappedBy.Vault}/{k.WrappedBy.Name}"
        : null;

    /// <summary>
    /// Uses the assets' or the flows' store on the Microsoft-managed key with the read cache for one call (a key it
    /// draws serves the writes that follow), then drops the key: nothing reads it again soon, and a cipher kept per
    /// environment would cost about 1.6 KB of native memory each.
    /// </summary>
    private async Task WithPlatformStore(EncryptedRecordStoreState state, Func<EncryptedRecordStore, Task> use)
    {
        var platformStore = new EncryptedRecordStore(Name, state,
            new KeyVaultDataKeyWrapper(GrainFactory.Reference<IKeyVaultGrain>(PlatformKeys.MicrosoftVault), PlatformKeys.Principal),
            ReadCache, time);
        try
        {
            await use(platformStore);
        }
        finally
        {
            platformStore.EvictCachedKey();
        }
    }

    private async Task WriteRecord()
    {
        var id = $"record-{++State.RecordCounter}";
        await Dataverse.WriteAsync(id, System.Text.Encoding.UTF8.GetBytes($"{Name}: {id}"));
    }

    /// <summary>Rule EN-02 (<see cref="En02PowerPlatformAdmin"/>): an active Entra user with an admin role.</summary>
    private async Task<Decision?> Admin(string actor) => Decisions.Admin(actor, await User(actor));

    private Task<TenantUser?> User(string actor) => GrainFactory.Reference<ITenantGrain>(TenantKey.Default).GetUserAsync(actor);

    /// <summary>The environment's decisions over its facts as they are now (<see cref="EnvironmentDecisions"/>).</summary>
    private EnvironmentDecisions Decisions => new(new EnvironmentFacts(
        Name, State.Spec, State.Managed, Model.Status, Model.Active, Model.DataReadable, Model.DisabledRuleIfAny,
        State.Policy, State.LastEncryptionFailed, State.Owner, CustomerKey));

    /// <summary>Who acts when the platform does timed work on its own (encryption, roll-out, lock, deletion).</summary>
    private const string PlatformActor = EnvironmentLifecycleModel.PlatformActor;

    private EventId Journal(string actor, JournalEvent e, EventId? cause = null) =>
        State.Journal.Append($"environment/{Name}", time.GetUtcNow(), actor, Delayed(e), cause);

    private async Task<Decision> Accept(string actor, JournalEvent done, Decision decision)
    {
        Journal(actor, done);
        await store.WriteStateAsync();
        return decision;
    }

    private async Task<Decision> Refuse(string actor, string operation, Decision refusal)
    {
        Journal(actor, new Refused(operation, $"environment/{Name}", refusal.RuleId!, refusal.Message));
        await store.WriteStateAsync();
        return refusal;
    }

    /// <summary>Journals a decision either way: its refusal, or what was <paramref name="done"/>.</summary>
    private Task<Decision> Answer(string actor, string operation, Decision decision, Func<JournalEvent> done) =>
        decision.Accepted ? Accept(actor, done(), decision) : Refuse(actor, operation, decision);

    private void History(string detail, OperationStatus status)
    {
        var now = time.GetUtcNow();
        var open = State.History.FindLastIndex(h => h.Status == OperationStatus.Running);
        if (status != OperationStatus.Running && open >= 0)
        {
            State.History[open] = State.History[open] with { Status = status, Ended = now, Detail = detail };
            return;
        }

        State.History.Add(new HistoryEntry(now, "Update Customer Managed Key", status, status == OperationStatus.Running ? null : now, detail));
    }
}
