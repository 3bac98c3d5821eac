using CmkSim.Domain.Environments;
using System.Globalization;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using CmkSim.Scenarios.Rules;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Reads environment entries and expands <c>{n}</c> to 1..count (times the scale). An entry without <c>{n}</c> is one
/// named environment and is not scaled, so scaling never makes duplicate names. Totals are checked against the
/// limits before anything is expanded, so a declared ten million costs no more than a declared ten.
/// </summary>
internal sealed class EnvironmentEntryParser(ErrorSink errors, int scale)
{
    private const string Number = "{n}";
    private static readonly string[] Keys =
        ["name", "count", "region", "type", "managed", "records", "financeAndOperations", "encryption"];

    public IReadOnlyList<ScenarioEnvironment> Parse(IReadOnlyList<(YamlNode Node, string Field)> items)
    {
        var entries = items.Select(i => Entry(i.Node, i.Field)).OfType<EnvironmentEntry>().ToList();
        if (!WithinLimits(entries))
        {
            return [];
        }

        var all = new List<ScenarioEnvironment>();
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var expanded = entry.Expand();
            foreach (var environment in expanded)
            {
                if (!first.TryAdd(environment.Name, environment.Location))
                {
                    // One error per entry is enough: a clash of 200 expanded names is one mistake.
                    errors.Errors.Add(new ScenarioError(environment.Location, $"{entry.Field}.name",
                        $"environment '{environment.Name}' is declared twice (first at line {first[environment.Name].Line})"));
                    break;
                }
            }

            all.AddRange(expanded);
        }

        return all;
    }

    private bool WithinLimits(IReadOnlyList<EnvironmentEntry> entries)
    {
        long environments = 0;
        long records = 0;
        foreach (var entry in entries)
        {
            environments += entry.Count;
            records += entry.Count * entry.Template.Records;
            if (environments > ScenarioLimits.Environments)
            {
                var scaled = scale > 1 && entry.Scaled ? $" (with --scale {scale})" : string.Empty;
                errors.Add(entry.CountNode, $"{entry.Field}.count",
                    $"the tenant declares {environments:N0} environments up to this entry{scaled}, more than {ScenarioLimits.Environments:N0}, the most a run may have");
                return false;
            }

            if (records > ScenarioLimits.RecordsPerRun)
            {
                errors.Add(entry.RecordsNode, $"{entry.Field}.records",
                    $"the tenant declares {records:N0} records up to this entry, more than {ScenarioLimits.RecordsPerRun:N0}, the most a run may write");
                return false;
            }
        }

        return true;
    }

    private EnvironmentEntry? Entry(YamlNode node, string field)
    {
        if (MappingReader.Of(node, field, errors) is not { } entry)
        {
            return null;
        }

        entry.RejectUnknown(Keys, "environment key");
        var name = entry.Text("name", required: true, "the environment's name, with {n} when count > 1");
        var count = entry.Int("count", min: 1, max: ScenarioLimits.Environments) ?? 1;
        var region = entry.Get("region") is { } regionNode
            ? Scalars.OneOf(regionNode, entry.Field("region"), PolicyLocations.All, errors)
            : Missing(entry, "region", $"one of {string.Join(", ", PolicyLocations.All)}");
        var type = entry.Enum<EnvironmentType>("type") ?? EnvironmentType.Production;
        var managed = entry.Bool("managed") ?? false;
        var records = entry.Int("records", max: ScenarioLimits.RecordsPerWrite) ?? 0;
        var financeAndOperations = entry.Enum<FinanceAndOperations>("financeAndOperations") ?? FinanceAndOperations.None;
        var encryption = entry.Enum<InitialEncryption>("encryption") ?? InitialEncryption.MicrosoftManaged;
        if (name is null || region is null)
        {
            return null;
        }

        var nameNode = entry.Get("name")!;
        var template = new ScenarioEnvironment(name, region, type, managed, records, financeAndOperations, encryption, errors.At(nameNode));
        if (!name.Contains(Number, StringComparison.Ordinal))
        {
            if (count > 1)
            {
                errors.Add(entry.Get("count")!, entry.Field("count"), $"count {count} needs {Number} in the name, e.g. '{ScenarioNames.Printable(name)}-{Number}'");
            }

            return CheckName(name, name, nameNode, entry) ? new EnvironmentEntry(template, 1, false, field, nameNode, entry.Get("records") ?? nameNode) : null;
        }

        // The longest expanded name is the one with the largest number: checking it checks them all.
        var total = (long)count * scale;
        var longest = name.Replace(Number, total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return CheckName(name, longest, nameNode, entry)
            ? new EnvironmentEntry(template, total, true, field, entry.Get("count") ?? nameNode, entry.Get("records") ?? nameNode)
            : null;
    }

    private bool CheckName(string pattern, string name, YamlNode node, MappingReader entry)
    {
        if (ScenarioNames.Problem(name) is not { } problem)
        {
            return true;
        }

        var which = pattern == name ? string.Empty : $" (as '{ScenarioNames.Printable(name)}', its largest expansion)";
        errors.Add(node, entry.Field("name"),
            $"'{ScenarioNames.Printable(pattern)}' is not a valid name{which}: it {problem}; a name is {ScenarioNames.Grammar}");
        return false;
    }

    private string? Missing(MappingReader entry, string key, string expected)
    {
        entry.Require(key, expected);
        return null;
    }

    /// <summary>One entry before expansion: the environment it describes and how many it stands for.</summary>
    private sealed record EnvironmentEntry(ScenarioEnvironment Template, long Count, bool Scaled, string Field, YamlNode CountNode, YamlNode RecordsNode)
    {
        public IReadOnlyList<ScenarioEnvironment> Expand() => !Scaled
            ? [Template]
            : Enumerable.Range(1, (int)Count)
                .Select(n => Template with { Name = Template.Name.Replace(Number, n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) })
                .ToList();
    }
}
