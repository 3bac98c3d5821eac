using System.Text.Json;
using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// The index as JSON for machines: <c>{ "sourceTree": bool, "rules": [ ... ] }</c>, the scanned parts (<c>citedAt</c>,
/// <c>tests</c>, <c>scenarios</c>) null when no source tree was found. Written field by field so the shape is the
/// contract, not a side effect of the records; the default encoder escapes every control and non-ASCII character.
/// </summary>
public static class RuleIndexJson
{
    public static string Write(RuleIndexResult index, IEnumerable<IndexedRule> rules)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("sourceTree", index.SourceTreeFound);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The kind as the catalogue writes it: <c>enforced</c>, <c>consequence</c>, <c>advisory</c>, <c>consequence+advisory</c>.</summary>
    public static string KindName(RuleKind kind) => kind switch
    {
        RuleKind.ConsequenceAndAdvisory => "consequence+advisory",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static void WriteRule(Utf8JsonWriter json, IndexedRule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Rule.Id);
        json.WriteString("kind", KindName(rule.Rule.Kind));
        json.WriteString("summary", rule.Rule.Summary);
        json.WriteString("seedSection", rule.Rule.Source);
        WriteLinks(json, "homes", rule.Homes);
        WriteLinks(json, "enforcedAt", rule.EnforcedAt);
        WriteLinks(json, "checkedAt", rule.CheckedAt);
        WriteOrNull(json, "citedAt", rule.CitedAt, line => WriteLine(json, line));
        WriteOrNull(json, "tests", rule.Tests, test =>
        {
            json.WriteStartObject();
            json.WriteString("test", test.Test);
            json.WriteString("file", test.At.File);
            json.WriteNumber("line", test.At.Line);
            json.WriteEndObject();
        });
        WriteOrNull(json, "scenarios", rule.Scenarios, scenario =>
        {
            json.WriteStartObject();
            json.WriteString("file", scenario.File);
            json.WriteStartArray("lines");
            foreach (var line in scenario.Lines)
            {
                json.WriteNumberValue(line);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static void WriteLinks(Utf8JsonWriter json, string name, IReadOnlyList<CodeLink> links)
    {
        json.WriteStartArray(name);
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("member", link.Member);
            json.WriteString("file", link.At.File);
            json.WriteNumber("line", link.At.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLine(Utf8JsonWriter json, SourceLine line)
    {
        json.WriteStartObject();
        json.WriteString("file", line.File);
        json.WriteNumber("line", line.Line);
        json.WriteEndObject();
    }

    private static void WriteOrNull<T>(Utf8JsonWriter json, string name, IReadOnlyList<T>? items, Action<T> write)
    {
        if (items is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(item);
        }

        json.WriteEndArray();
    }
}
