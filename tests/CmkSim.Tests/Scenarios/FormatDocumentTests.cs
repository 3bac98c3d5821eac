using CmkSim.Scenarios.Actions;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Scenarios;

/// <summary>scenarios/FORMAT.md is what users read: it must list every action of the catalogue with all its arguments.</summary>
public sealed class FormatDocumentTests
{
    [Fact]
    public void Every_action_and_argument_of_the_catalogue_is_documented()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.Root, "scenarios", "FORMAT.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .ToList();

        foreach (var action in ActionCatalog.Actions.Values)
        {
            var row = rows.SingleOrDefault(r => r.StartsWith($"| `{action.Name}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"FORMAT.md does not document {action.Name}");
            foreach (var argument in action.Arguments)
            {
                var written = argument.Required ? $"`{argument.Name}` (" : $"`{argument.Name}`? (";
                Assert.True(row.Contains(written, StringComparison.Ordinal), $"FORMAT.md: {action.Name} lacks {written}");
            }
        }
    }
}
