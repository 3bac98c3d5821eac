using System.Globalization;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Rules;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Reads environment entries and expands <c>{n}</c> to 1..count (times the scale). An entry without <c>{n}</c> is one
/// named environment and is not scaled, so scaling never makes duplicate names.
/// </summary>
internal sealed class EnvironmentEntryParser(ErrorSink errors, int scale)
{
    private const string Number = "{n}";
    private static readonly string[] Keys =
        ["name", "count", "region", "type", "managed", "records", "financeAndOperations", "encryption"];

    public IReadOnlyList<EnvironmentSpec> Parse(IReadOnlyList<(YamlNode Node, string Field)> items)
    {
        var all = new List<EnvironmentSpec>();
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (node, field) in items)
        {
            var expanded = Entry(node, field);
            foreach (var environment in expanded)
            {
                if (!first.TryAdd(environment.Name, environment.Location))
                {
                    // One error per entry is enough: a clash of 200 expanded names is one mistake.
                    errors.Errors.Add(new ScenarioError(environment.Location, $"{field}.name",
                        $"environment '{environment.Name}' is declared twice (first at line {first[environment.Name].Line})"));
                    break;
                }
            }

            all.AddRange(expanded);
        }

        return all;
    }

    private IReadOnlyList<EnvironmentSpec> Entry(YamlNode node, string field)
    {
        if (MappingReader.Of(node, field, errors) is not { } entry)
        {
            return [];
        }

        entry.RejectUnknown(Keys, "environment key");
        var name = entry.Text("name", required: true, "the environment's name, with {n} when count > 1");
        var count = entry.Int("count", min: 1) ?? 1;
        var region = entry.Get("region") is { } regionNode
            ? Scalars.OneOf(regionNode, entry.Field("region"), PolicyLocations.All, errors)
            : Missing(entry, "region", $"one of {string.Join(", ", PolicyLocations.All)}");
        var type = entry.Enum<EnvironmentType>("type") ?? EnvironmentType.Production;
        var managed = entry.Bool("managed") ?? false;
        var records = entry.Int("records") ?? 0;
        var financeAndOperations = entry.Enum<FinanceAndOperations>("financeAndOperations") ?? FinanceAndOperations.None;
        var encryption = entry.Enum<InitialEncryption>("encryption") ?? InitialEncryption.MicrosoftManaged;
        if (name is null || region is null)
        {
            return [];
        }

        var location = errors.At(entry.Get("name")!);
        if (!name.Contains(Number, StringComparison.Ordinal))
        {
            if (count > 1)
            {
                errors.Add(entry.Get("count")!, entry.Field("count"), $"count {count} needs {Number} in the name, e.g. '{name}-{Number}'");
            }

            return [new EnvironmentSpec(name, region, type, managed, records, financeAndOperations, encryption, location)];
        }

        return Enumerable.Range(1, checked(count * scale))
            .Select(n => new EnvironmentSpec(
                name.Replace(Number, n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                region, type, managed, records, financeAndOperations, encryption, location))
            .ToList();
    }

    private string? Missing(MappingReader entry, string key, string expected)
    {
        entry.Require(key, expected);
        return null;
    }
}
