using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Scheduling;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Faults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Ports;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CmkSim.Tests.Hosting;

/// <summary>Scheduled work records: the kinds the engine logs are the strings the closures carried, and every record crosses the wire intact.</summary>
public sealed class ScheduledWorkTests
{
    private static readonly EventId Cause = new("vault/kv1", 7);
    private static readonly KeyVersionId Version = KeyVersionId.Derive("kv1", "k", 2);

    public static TheoryData<ScheduledWork, string> Works => new()
    {
        { new EnvironmentOperationDue("env1", EnvironmentOperation.ReEnableDue, 3, Cause), "ReEnableDue" },
        { new EnvironmentOperationDue("env1", EnvironmentOperation.EncryptionDue, 1, null), "EncryptionDue" },
        { new KeyAccessCheck("env1", Cause), "check key access" },
        { new KeyVersionRollOut("env1", Version, StorageResource.Database, Cause), "key version roll-out: Database" },
        { new EnvironmentRetry("rollOut/Database", new KeyVersionRollOut("env1", Version, StorageResource.Database, Cause)), "rollOut/Database retry" },
        { new KeyTimerDue("kv1", "k", KeyTimer.Rotation, 4), "Rotation" },
        { new VaultRetentionDue("kv1", 2), "vault retention" },
        { new FaultClears("kv1", FaultKind.HsmOutage, 1), "HsmOutage cleared" },
        { new KeyAccessChangedNotice("policy1", Cause), "key access changed" },
        { new KeyRotatedNotice("policy1", Version, Cause), "key rotated" },
    };

    [Theory]
    [MemberData(nameof(Works))]
    public void A_record_names_its_kind_as_the_closure_did_and_survives_Orleans_serialization(ScheduledWork work, string kind)
    {
        using var services = new ServiceCollection().AddCmkSimSerialization().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var entry = new ScheduledEntry(DateTimeOffset.UnixEpoch.AddDays(3), "env1", work, EventScope.Local);

        var copy = serializer.Deserialize<ScheduledEntry>(serializer.SerializeToArray(entry));

        Assert.Equal(kind, work.Kind);
        Assert.Equal(entry, copy);
        Assert.Equal(work.GetType(), copy!.Work.GetType());
    }
}
