using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Reads the keys of one YAML mapping by name, recording errors with the field path and the node's position.</summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries = new(StringComparer.Ordinal);

    private MappingReader(YamlMappingNode node, string path, ErrorSink errors)
    {
        Node = node;
        Path = path;
        Errors = errors;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
            {
                entries[name] = (scalar, value);
            }
            else
            {
                errors.Add(key, path, "a key must be a plain name");
            }
        }
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    public ErrorSink Errors { get; }

    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>The reader for a node that must be a mapping, or null (and an error) when it is not.</summary>
    public static MappingReader? Of(YamlNode node, string path, ErrorSink errors)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(mapping, path, errors);
        }

        errors.Add(node, path, $"expected a mapping of key: value, found a {Scalars.Describe(node)}");
        return null;
    }

    public string Field(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => entries.ContainsKey(key);

    public YamlNode? Get(string key) => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlScalarNode KeyNode(string key) => entries[key].Key;

    /// <summary>The value node of a key that must be present; reports it missing at the mapping's start otherwise.</summary>
    public YamlNode? Require(string key, string expected)
    {
        var node = Get(key);
        if (node is null)
        {
            Errors.Add(Node, Field(key), $"is missing: expected {expected}");
        }

        return node;
    }

    public string? Text(string key, bool required, string expected = "a value") =>
        (required ? Require(key, expected) : Get(key)) is { } node ? Scalars.Text(node, Field(key), Errors) : null;

    public string? Name(string key, bool required, string expected) =>
        (required ? Require(key, expected) : Get(key)) is { } node ? Scalars.Name(node, Field(key), Errors) : null;

    public int? Int(string key, int min = 0, int max = int.MaxValue) =>
        Get(key) is { } node ? Scalars.Int(node, Field(key), Errors, min, max) : null;

    public bool? Bool(string key) => Get(key) is { } node ? Scalars.Bool(node, Field(key), Errors) : null;

    public TimeSpan? Duration(string key, bool required) =>
        (required ? Require(key, "a duration such as 0, 1h, 10d1m or P90D") : Get(key)) is { } node
            ? Scalars.Duration(node, Field(key), Errors)
            : null;

    public T? Enum<T>(string key)
        where T : struct, Enum => Get(key) is { } node ? Scalars.Enum<T>(node, Field(key), Errors) : null;

    public IReadOnlyList<string> Strings(string key) =>
        Get(key) is { } node ? Scalars.List(node, Field(key), Errors)?.Select(i => i.Value).ToList() ?? [] : [];

    /// <summary>Reports every key not in <paramref name="allowed"/>, at the key, with the closest allowed names.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var (name, (key, _)) in entries)
        {
            if (!allowed.Contains(name))
            {
                var hint = Suggestions.DidYouMean(name, allowed);
                Errors.Add(key, Field(name), $"unknown {what}{hint}: expected one of {string.Join(", ", allowed)}");
            }
        }
    }
}
