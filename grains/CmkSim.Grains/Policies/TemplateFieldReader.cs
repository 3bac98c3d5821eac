using System.Text.Json;

namespace CmkSim.Grains.Policies;

/// <summary>
/// Reads typed fields out of a parsed template and turns every wrong one into a
/// <see cref="TemplateValidationException"/> that points at it. A missing field points at the object that lacks it.
/// </summary>
internal sealed class TemplateFieldReader(JsonSourceMap map, string sourceName)
{
    private readonly List<TemplateValidationException> problems = [];

    /// <summary>Every problem <see cref="Try"/> has recorded so far.</summary>
    public IReadOnlyList<TemplateValidationException> Problems => problems;

    /// <summary>
    /// Runs one independent check and records its failure instead of stopping, so a template with three wrong
    /// fields reports all three. Checks that need an earlier one's result nest inside it.
    /// </summary>
    public bool Try<T>(Func<T> read, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        try
        {
            value = read();
            return true;
        }
        catch (TemplateValidationException e)
        {
            problems.Add(e);
            value = default;
            return false;
        }
    }

    /// <inheritdoc cref="Try{T}"/>
    public void Try(Action check) => Try(() => { check(); return true; }, out _);

    public TemplateValidationException Fail(string path, string reason, string ruleId, string? positionPath = null)
    {
        var at = map[positionPath ?? path];
        return new TemplateValidationException(sourceName, at.Line, at.Column, path, reason, ruleId);
    }

    public bool TryGet(JsonElement parent, string parentPath, string name, out JsonElement value, out string path)
    {
        path = JsonFieldPath.Child(parentPath, name);
        return parent.TryGetProperty(name, out value);
    }

    public JsonElement Required(JsonElement parent, string parentPath, string name, string ruleId, out string path) =>
        TryGet(parent, parentPath, name, out var value, out path)
            ? value
            : throw Fail(path, "required property is missing", ruleId, parentPath);

    public JsonElement Object(JsonElement parent, string parentPath, string name, string ruleId, out string path)
    {
        var value = Required(parent, parentPath, name, ruleId, out path);
        return value.ValueKind == JsonValueKind.Object ? value : throw Fail(path, $"expected an object, found {Describe(value)}", ruleId);
    }

    /// <summary>A required non-empty string. ARM expressions (<c>[parameters('x')]</c>) are refused: the model has no deployment to evaluate them.</summary>
    public string String(JsonElement parent, string parentPath, string name, string ruleId, out string path) =>
        String(Required(parent, parentPath, name, ruleId, out path), path, ruleId);

    public string String(JsonElement value, string path, string ruleId)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Fail(path, $"expected a non-empty string, found {Describe(value)}", ruleId);
        }

        var text = value.GetString()!;
        if (text.Trim().Length == 0)
        {
            throw Fail(path, "expected a non-empty string", ruleId);
        }

        return text.StartsWith('[') && !text.StartsWith("[[", StringComparison.Ordinal)
            ? throw Fail(path, $"ARM expression {Quote(text)} is not evaluated here; write the value itself", ruleId)
            : text;
    }

    /// <summary>A string that must be <paramref name="expected"/>; ARM compares these names case-insensitively.</summary>
    public string Constant(JsonElement parent, string parentPath, string name, string expected, string ruleId)
    {
        var value = Required(parent, parentPath, name, ruleId, out var path);
        return value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), expected, StringComparison.OrdinalIgnoreCase)
            ? expected
            : throw Fail(path, $"expected {Quote(expected)}, found {Describe(value)}", ruleId);
    }

    /// <summary>A property that must be absent or null, such as the other policy kinds' settings.</summary>
    public void NullOrAbsent(JsonElement parent, string parentPath, string name, string why, string ruleId)
    {
        if (TryGet(parent, parentPath, name, out var value, out var path) && value.ValueKind != JsonValueKind.Null)
        {
            throw Fail(path, $"expected null, found {Describe(value)}: {why}", ruleId);
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    public static string Quote(string text) => $"\"{text}\"";
}
