using CmkSim.Contracts;
using CmkSim.Contracts.Serialization;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace CmkSim.Tests.Hosting;

/// <summary>Immutable domain values pass between grains of a process as they are; the others are still copied.</summary>
public sealed class ImmutableDomainCopyTests
{
    private static readonly EventId Cause = new("vault/kv1", 7);

    [Fact]
    public void Journal_events_are_immutable_all_the_way_down_unless_they_hold_a_collection()
    {
        var events = typeof(JournalEvent).Assembly.GetTypes()
            .Where(t => typeof(JournalEvent).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        // These three hold a collection (roles, backed-up resources, lost environments): copied as before.
        string[] holdingCollections = ["BackupTaken", "EnvironmentLocked", "UserAdded"];

        Assert.True(events.Count > 40);
        Assert.All(events, t => Assert.Equal(!holdingCollections.Contains(t.Name), DomainImmutability.IsImmutable(t)));
        Assert.False(DomainImmutability.IsImmutable(typeof(JournalEvent))); // some derived events aren't
        Assert.True(DomainImmutability.IsImmutable(typeof(KeyVersionId)));
    }

    [Fact]
    public void A_domain_type_holding_a_collection_or_a_settable_field_is_not_immutable()
    {
        Assert.False(DomainImmutability.IsImmutable(typeof(MutableProbe)));
        Assert.False(DomainImmutability.IsImmutable(typeof(List<KeyVersionId>)));
        Assert.False(DomainImmutability.IsImmutable(typeof(JournalIndex)));
    }

    [Fact]
    public void An_immutable_value_is_passed_as_it_is_and_still_serializes()
    {
        using var services = new ServiceCollection().AddCmkSimSerialization().BuildServiceProvider();
        var copier = services.GetRequiredService<DeepCopier>();
        var serializer = services.GetRequiredService<Serializer>();
        var e = new KeyVersionDisabled(KeyVersionId.Derive("kv1", "k", 2)) { Id = new EventId("vault/kv1", 8), Cause = Cause };

        Assert.Same(e, copier.Copy<JournalEvent>(e));
        var copy = serializer.Deserialize<JournalEvent>(serializer.SerializeToArray<JournalEvent>(e));
        Assert.NotSame(e, copy);
        Assert.Equal(e, copy);
    }

    /// <summary>Not in the domain assembly, so never immutable here; the rule for fields is shown by JournalIndex.</summary>
    private sealed class MutableProbe
    {
        public int Value = 1;
    }
}
