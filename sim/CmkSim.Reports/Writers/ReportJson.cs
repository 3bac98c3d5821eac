using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CmkSim.Reports.Writers;

/// <summary>One JSON writer setup for every file: properties in the order written, "\n" newlines, readable escaping.</summary>
public static class ReportJson
{
    public static JsonWriterOptions Indented { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonWriterOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Time(Utf8JsonWriter writer, string name, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            writer.WriteString(name, ReportFormat.Time(t));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Dictionaries in ordinal key order, whatever order the runner's dictionary enumerates in.</summary>
    public static void Counts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, int> counts)
    {
        writer.WriteStartObject(name);
        foreach (var pair in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }
}
