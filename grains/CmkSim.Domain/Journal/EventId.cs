using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmkSim.Domain.Journal;

/// <summary>
/// A journal event's identity: the journal that wrote it (a grain's name, e.g. "environment/prod-1") and its place in
/// that journal, from 1. Assigned when the event is written, so it is the same for a seed whichever silo ran the grain;
/// written as "owner#sequence".
/// </summary>
[JsonConverter(typeof(EventIdJsonConverter))]
public readonly record struct EventId(string Owner, long Sequence)
{
    public override string ToString() => $"{Owner}#{Sequence.ToString(CultureInfo.InvariantCulture)}";

    public static EventId Parse(string text)
    {
        var hash = text.LastIndexOf('#');
        return hash > 0 && long.TryParse(text.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new EventId(text[..hash], sequence)
            : throw new FormatException($"'{text}' is not an event id (owner#sequence)");
    }
}

internal sealed class EventIdJsonConverter : JsonConverter<EventId>
{
    public override EventId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EventId.Parse(reader.GetString() ?? throw new JsonException("an event id is a string"));

    public override void Write(Utf8JsonWriter writer, EventId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
