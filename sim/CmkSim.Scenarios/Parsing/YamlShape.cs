using CmkSim.Scenarios.Names;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Checks the YAML event stream before any node tree is built, so hostile shapes cost nothing: nesting deeper than
/// <see cref="ScenarioLimits.YamlDepth"/> (100,000 '[' would exhaust the stack of a recursive builder), anchors and
/// aliases (an alias bomb expands exponentially; scenarios don't need them) and a key given twice in one mapping
/// (YAML's loaders keep one of the two silently). Syntax errors surface as the parser's <see cref="YamlException"/>.
/// </summary>
internal static class YamlShape
{
    public static void Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<Collection>();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias alias)
            {
                throw new Problem(alias.Start, $"alias '*{ScenarioNames.Printable(alias.Value.Value)}' is not allowed: anchors and aliases are not supported, write the value out");
            }

            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                throw new Problem(anchored.Start, $"anchor '&{ScenarioNames.Printable(anchored.Anchor.Value)}' is not allowed: anchors and aliases are not supported, write the value out");
            }

            if (current is NodeEvent node && open.TryPeek(out var parent))
            {
                parent.Saw(node);
            }

            switch (current)
            {
                case MappingStart or SequenceStart when open.Count >= ScenarioLimits.YamlDepth:
                    throw new Problem(current.Start, $"nesting is deeper than {ScenarioLimits.YamlDepth} levels of mappings and lists");
                case MappingStart:
                    open.Push(new Collection(isMapping: true));
                    break;
                case SequenceStart:
                    open.Push(new Collection(isMapping: false));
                    break;
                case MappingEnd or SequenceEnd:
                    open.Pop();
                    break;
            }
        }
    }

    /// <summary>A shape the scenario format refuses, at the event that shows it.</summary>
    public sealed class Problem(Mark where, string message) : Exception(message)
    {
        public Mark Where { get; } = where;
    }

    private sealed class Collection(bool isMapping)
    {
        private readonly Dictionary<string, long> keys = new(StringComparer.Ordinal);
        private bool expectingKey = true;

        public void Saw(NodeEvent node)
        {
            if (!isMapping)
            {
                return;
            }

            if (expectingKey && node is Scalar key && !keys.TryAdd(key.Value, key.Start.Line))
            {
                throw new Problem(key.Start, $"key '{ScenarioNames.Printable(key.Value)}' is given twice in this mapping (first at line {keys[key.Value]}): YAML would keep only one");
            }

            expectingKey = !expectingKey;
        }
    }
}
