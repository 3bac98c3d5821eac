using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Resolves environment names and <c>*</c> globs against the declared environments; each must match one at least.</summary>
internal sealed class EnvironmentMatcher(IReadOnlyList<ScenarioEnvironment> declared, ErrorSink errors)
{
    private readonly HashSet<string> names = new(declared.Select(e => e.Name), StringComparer.Ordinal);

    /// <summary>One pattern or a list of them; the matches in declaration order, without repeats.</summary>
    public EnvironmentSelection? Select(YamlNode node, string field)
    {
        var patterns = node is YamlSequenceNode
            ? Scalars.List(node, field, errors)
            : Scalars.Text(node, field, errors) is { } text ? [(text, node)] : null;
        if (patterns is null)
        {
            return null;
        }

        if (patterns.Count == 0)
        {
            errors.Add(node, field, "the list is empty: expected at least one environment name or glob");
            return null;
        }

        var matched = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (pattern, patternNode) in patterns)
        {
            var hits = Match(pattern);
            if (hits.Count == 0)
            {
                errors.Add(patternNode, field, $"no declared environment matches '{pattern}'{Hint(pattern)}");
                ok = false;
            }

            matched.UnionWith(hits);
        }

        return ok
            ? new EnvironmentSelection(patterns.Select(p => p.Value).ToList(), declared.Select(e => e.Name).Where(matched.Contains).ToList())
            : null;
    }

    /// <summary>Exactly one declared environment, by its exact name.</summary>
    public string? One(YamlNode node, string field)
    {
        var name = Scalars.Text(node, field, errors);
        if (name is null || names.Contains(name))
        {
            return name;
        }

        errors.Add(node, field, $"no declared environment is named '{name}'{Hint(name)}");
        return null;
    }

    private List<string> Match(string pattern)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return names.Contains(pattern) ? [pattern] : [];
        }

        return declared.Select(e => e.Name).Where(n => Glob.Matches(pattern, n)).ToList();
    }

    private string Hint(string pattern)
    {
        if (declared.Count == 0)
        {
            return ": the tenant declares no environments";
        }

        var close = Suggestions.DidYouMean(pattern, names.Take(1000));
        var sample = string.Join(", ", declared.Take(3).Select(e => e.Name)) + (declared.Count > 3 ? ", ..." : string.Empty);
        return $"{close}; declared: {sample}";
    }
}
