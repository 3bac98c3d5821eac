using CmkSim.Contracts.Environments;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Environments.Lifecycle;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Journal;

namespace CmkSim.Grains.Environments;

/// <summary>The environment's data: Dataverse records, files and the search index (on the policy's key) and flows (EN-10).</summary>
public sealed partial class EnvironmentGrain
{
    public async Task<Decision> WriteRecordsAsync(string actor, int count)
    {
        if (Decisions.Write() is { } disabled)
        {
            return await Refuse(actor, Operations.WriteRecords, disabled);
        }

        try
        {
            for (var i = 0; i < count; i++)
            {
                await WriteRecord();
            }
        }
        catch (Exception e) when (e is EnvelopeException or KeyVaultUnavailableException)
        {
            // Not acknowledged: a key that does not answer (refused access, or a faulted HSM or vault) writes nothing.
            return await Refuse(actor, Operations.WriteRecords, Lk01KeyAccessLoss.WriteRefusal(e.Message)!);
        }

        return await Accept(actor, new RecordsWritten(Name, count), Decision.Accept($"{count} records written"));
    }

    /// <summary>
    /// Reads every record for real: the database's records (the counts) and then every file and search index entry,
    /// each resource under its own data key. A disabled or locked environment is refused to everyone, support
    /// included; the outcome still says whether the keys would have answered, which is what an auditor checks.
    /// </summary>
    public async Task<ReadOutcome> ReadRecordsAsync(string actor)
    {
        var total = State.Dataverse.Records.Count;
        if (State.Lifecycle == EnvironmentLifecycle.Deleted)
        {
            return await Recorded(actor, new ReadOutcome(0, 0, "the environment was deleted: its data is lost", RuleId.LK02));
        }

        var readable = 0;
        string? failure = null;
        string? rule = null;
        foreach (var resource in Resources)
        {
            foreach (var id in StateOf(resource).Records.Keys.Order(StringComparer.Ordinal).ToList())
            {
                try
                {
                    await Store(resource).ReadAsync(id);
                    readable += resource == StorageResource.Database ? 1 : 0;
                }
                catch (Exception e) when (e is EnvelopeException or KeyVaultTransientException)
                {
                    (failure, rule) = ($"{resource}: {e.Message}", RuleFor(e));
                    break;
                }
            }

            if (failure is not null)
            {
                break;
            }
        }

        if (!Model.Active)
        {
            var why = failure is null ? "the key answers, but the environment stays disabled until it is re-enabled" : failure;
            return await Recorded(actor, new ReadOutcome(0, total, $"Environment disabled: {why}", Model.DisabledRule));
        }

        return await Recorded(actor, new ReadOutcome(readable, total - readable, failure, rule));
    }

    public async Task<Decision> CreateFlowsAsync(string actor, int count)
    {
        if (Decisions.CreateFlows() is { } disabled)
        {
            return await Refuse(actor, Operations.CreateFlows, disabled);
        }

        // EN-10: flows made after CMK live in Dataverse and take the customer key; older ones stay Microsoft-managed.
        var onCustomerKey = State.Owner == EncryptionOwner.CustomerManaged;
        async Task Write(EncryptedRecordStore flows)
        {
            for (var i = 0; i < count; i++)
            {
                await flows.WriteAsync($"flow-{++State.RecordCounter}", "flow definition"u8.ToArray());
            }
        }

        await (onCustomerKey ? Write(Dataverse) : WithPlatformStore(State.Flows, Write));

        return await Accept(actor, new FlowsCreated(Name, count, onCustomerKey),
            Decision.Accept($"{count} flows on the {(onCustomerKey ? "customer" : "Microsoft-managed")} key") with { RuleId = RuleId.EN10 });
    }

    /// <summary>
    /// Null for a 429: a service limit, no rule (the read is not retried: see EnvironmentGrain.Throttling). A 503 or a
    /// transport error (an injected fault) cites LK-01, the key that does not answer; the environment is not locked
    /// for it (LK-01's list is the key vault side's decisions, not an outage), so it is readable again once it answers.
    /// </summary>
    private static string? RuleFor(Exception e) => e switch
    {
        KeyVaultThrottledException => null,
        KeyAccessDeniedException => RuleId.KV06,
        KeyVersionDisabledException => RuleId.KV07,
        _ => RuleId.LK01,
    };

    /// <remarks>
    /// Written like every other journaled event: a read journaled only in the activation's memory is gone from the
    /// audit log when its silo dies (a killSilo step), though nothing else changed.
    /// </remarks>
    private async Task<ReadOutcome> Recorded(string actor, ReadOutcome outcome)
    {
        Journal(actor, new RecordsRead(Name, outcome.Readable, outcome.Unreadable, outcome.Failure, outcome.RuleId));
        await store.WriteStateAsync();
        return outcome;
    }
}
