using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CmkSim.Domain.Journal;

namespace CmkSim.Reports.Writers;

/// <summary>
/// audit.jsonl: the run's journal, one JSON object per event, line N+1 being event #N (the #audit-N anchors of
/// report.html). Each object is the typed event as the domain defines it: its <c>type</c> first, then id, time,
/// actor, cause, target, its own fields, rule and outcome, and a <c>summary</c> for people. Byte-identical for a seed.
/// </summary>
public static class AuditJsonlWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new UtcTimeConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddSummary } },
    };

    public static string Render(IReadOnlyList<JournalEvent> journal)
    {
        using var bytes = new MemoryStream();
        Write(journal, bytes);
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>
    /// Writes the lines straight to <paramref name="output"/> as UTF-8: a 100,000-environment run's journal is about
    /// 440 MB of text, which as one string (and its builder) would need twice that again in memory.
    /// </summary>
    public static void Write(IReadOnlyList<JournalEvent> journal, Stream output)
    {
        foreach (var e in journal)
        {
            JsonSerializer.Serialize(output, e, Options);
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>The line a person reads; computed from the event, so it is written here and never read back.</summary>
    private static void AddSummary(JsonTypeInfo type)
    {
        if (type.Kind == JsonTypeInfoKind.Object && typeof(JournalEvent).IsAssignableFrom(type.Type))
        {
            var summary = type.CreateJsonPropertyInfo(typeof(string), "summary");
            summary.Get = e => ((JournalEvent)e).Summary();
            summary.Order = 100;
            type.Properties.Add(summary);
        }
    }

    /// <summary>Times as the other report files write them (UTC, "Z").</summary>
    private sealed class UtcTimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(ReportFormat.Time(value));
    }
}
