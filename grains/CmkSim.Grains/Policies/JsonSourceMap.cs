using System.Text;
using System.Text.Json;
using CmkSim.Domain.Rules;

namespace CmkSim.Grains.Policies;

/// <summary>
/// Where each value of a JSON text starts, by field path. <see cref="JsonDocument"/> forgets positions, so one
/// <see cref="Utf8JsonReader"/> pass records them; the same pass reports syntax errors and duplicate properties
/// (which JsonDocument would silently accept) with their line and column.
/// </summary>
internal sealed partial class JsonSourceMap
{
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, SourcePosition> positions = new(StringComparer.Ordinal);
    private readonly List<int> lineStarts = [0];
    private readonly byte[] utf8;

    private JsonSourceMap(byte[] utf8)
    {
        this.utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Position of the value at <paramref name="path"/>; the start of the text for a path it never saw.</summary>
    public SourcePosition this[string path] => positions.GetValueOrDefault(path, SourcePosition.Start);

    public static JsonSourceMap Build(byte[] utf8, string sourceName)
    {
        var map = new JsonSourceMap(utf8);
        map.Walk(sourceName);
        return map;
    }

    private void Walk(string sourceName)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var frames = new Stack<Frame>();
        var current = JsonFieldPath.Root;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = Text(ref reader, frames.Peek().Path, sourceName);
                        current = JsonFieldPath.Child(frames.Peek().Path, name);
                        if (!frames.Peek().Names!.Add(name))
                        {
                            var at = PositionOf((int)reader.TokenStartIndex);
                            throw new TemplateValidationException(sourceName, at.Line, at.Column, current,
                                "duplicate property: ARM would take one of the two silently", RuleId.EP01);
                        }

                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                }

                if (frames.TryPeek(out var parent) && parent.Names is null)
                {
                    current = JsonFieldPath.Item(parent.Path, parent.NextIndex++);
                }

                positions[current] = PositionOf((int)reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.String)
                {
                    Text(ref reader, current, sourceName);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push(new Frame(current, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                }
            }
        }
        catch (JsonException e)
        {
            // The reader reads a property name and its colon in one step, so the last path seen may be the previous
            // field's; the enclosing object or array is where the error certainly is.
            var at = PositionOf((int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            var container = frames.TryPeek(out var open) ? open.Path : JsonFieldPath.Root;
            throw new TemplateValidationException(sourceName, at.Line, at.Column, container, $"invalid JSON: {ReaderMessage(e)}", RuleId.EP01);
        }
    }

    /// <summary>
    /// The token's text. JSON may escape half of a UTF-16 pair (<c>"\ud800"</c>), which no .NET string reader accepts
    /// later: refused here, where the position is known, so no later read of the template can throw.
    /// </summary>
    private string Text(ref Utf8JsonReader reader, string path, string sourceName)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var at = PositionOf((int)reader.TokenStartIndex);
            throw new TemplateValidationException(sourceName, at.Line, at.Column, path,
                "invalid text: a \\u escape names half of a UTF-16 surrogate pair", RuleId.EP01);
        }
    }

    private SourcePosition PositionOf(int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return PositionOf(line, offset - lineStarts[line]);
    }

    // Columns count characters, not UTF-8 bytes, so a non-ASCII name earlier on the line doesn't shift them.
    private SourcePosition PositionOf(int line, int byteInLine)
    {
        line = Math.Clamp(line, 0, lineStarts.Count - 1);
        var start = lineStarts[line];
        var length = Math.Clamp(byteInLine, 0, utf8.Length - start);
        return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(utf8, start, length) + 1);
    }

    // The reader appends its own 0-based "LineNumber: n | BytePositionInLine: m." to the message; ours leads with 1-based ones.
    // It also quotes the character it stopped at: dropped, so an error never echoes the file's content (a template
    // that is not ours, e.g. a secret, must not leak through the message).
    private static string ReaderMessage(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return QuotedText().Replace((cut >= 0 ? message[..cut] : message).Trim(), "this character");
    }

    [System.Text.RegularExpressions.GeneratedRegex("'[^']*'")]
    private static partial System.Text.RegularExpressions.Regex QuotedText();

    private sealed class Frame(string path, HashSet<string>? names)
    {
        public string Path { get; } = path;

        /// <summary>The property names seen so far in an object; null for an array.</summary>
        public HashSet<string>? Names { get; } = names;

        public int NextIndex { get; set; }
    }
}
