using System.Text.Json;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Tests.Journal;

/// <summary>The typed journal: its vocabulary is complete, causes come first, and an event survives JSON as itself.</summary>
public sealed class JournalTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_event_type_is_in_the_vocabulary_under_a_unique_name()
    {
        var concrete = typeof(JournalEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(JournalEvent)) && !t.IsAbstract).ToHashSet();

        Assert.Equal(concrete.OrderBy(t => t.Name), JournalVocabulary.All.Keys.OrderBy(t => t.Name));
        Assert.Equal(JournalVocabulary.All.Count, JournalVocabulary.All.Values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void At_one_instant_an_effect_follows_its_cause_even_from_an_earlier_layer()
    {
        // The environment's own event is in a later layer than the vault, but a vault event caused by it must follow it.
        var request = Stamp(new ReEnableRequested("e"), "environment/e", 1);
        var probe = Stamp(new Refused(Operations.UnwrapKey, "kv/cmk", RuleId.KV06, "403"), "vault/kv", 1) with { Cause = request.Id };
        var unrelated = Stamp(new VaultCreated("kv2", new KeyVaultSettings("s")), "vault/kv2", 1);
        var later = Stamp(new EnvironmentReEnabled("e"), "environment/e", 2) with { Time = At.AddMinutes(5) };

        var merged = JournalOrder.Merge([[probe], [unrelated], [request, later]]);

        Assert.Equal([unrelated, request, probe, later], merged);
    }

    [Fact]
    public void A_cycle_of_causes_is_an_error_not_a_silent_order()
    {
        var a = Stamp(new ReEnableRequested("e"), "environment/e", 1) with { Cause = new EventId("environment/f", 1) };
        var b = Stamp(new ReEnableRequested("f"), "environment/f", 1) with { Cause = a.Id };

        Assert.Throws<InvalidOperationException>(() => JournalOrder.Merge([[a], [b]]));
    }

    [Fact]
    public void An_event_round_trips_through_JSON_as_its_own_type_with_its_cause()
    {
        var version = KeyVersionId.Derive("kv", "cmk", 2);
        JournalEvent e = Stamp(new KeyRotated(version, KeyVersionId.Derive("kv", "cmk", 1), ByRotationPolicy: true), "vault/kv", 7)
            with { Cause = new EventId("vault/kv", 6) };

        var json = JsonSerializer.Serialize(e);
        var back = JsonSerializer.Deserialize<JournalEvent>(json);

        Assert.StartsWith("{\"type\":\"keyRotated\"", json);
        Assert.Equal(e, back);
        Assert.Equal(RuleId.EN07, back!.Rule);
        Assert.Equal("vault/kv#6", back.Cause.ToString());
    }

    [Fact]
    public void Refusals_and_failures_name_their_rule_and_outcome()
    {
        Assert.Equal(EventOutcome.Refused, new Refused(Operations.Backup, "environment/e", RuleId.LK01, "locked").Outcome);
        Assert.Equal(EventOutcome.Failed, new EncryptionFailed("e", "injected").Outcome);
        Assert.Equal(RuleId.EN12, new EncryptionFailed("e", "injected").Rule);
        Assert.Equal(EventOutcome.Failed, new RecordsRead("e", 0, 3, "locked", RuleId.LK01).Outcome);
        Assert.Equal("Denied 403: no", new Refused(Operations.UnwrapKey, "kv/cmk", RuleId.KV06, "no", 403).Summary());
    }

    private static T Stamp<T>(T e, string owner, long sequence) where T : JournalEvent =>
        (T)(e with { Id = new EventId(owner, sequence), Time = At, Actor = "platform" });
}
