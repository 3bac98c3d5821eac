using System.Text.RegularExpressions;
using CmkSim.Scenarios;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Scenarios.Language;

/// <summary>
/// Every YAML example of scenarios/FORMAT.md parses: a complete scenario as it is (beside the sample templates), an
/// <c>expect:</c> or <c>steps:</c> fragment appended to a tenant that declares the users, environments and steps the
/// examples name.
/// </summary>
public sealed partial class FormatExampleTests
{
    private const string Skeleton = """
        name: format-example
        tenant:
          users:
            - { name: admin, roles: [PowerPlatformAdministrator] }
            - { name: mallory, roles: [GlobalAdministrator] }
            - { name: bob, roles: [] }
            - { name: alice, roles: [], licenses: [Microsoft365E5] }
          environments:
            - { name: prod-a, region: france }
            - { name: prod-b, region: france }
            - { name: fragile, region: france }
            - { name: "ops-{n}", count: 6, region: france }

        """;

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "scenarios", "FORMAT.md")).ReplaceLineEndings("\n");
        foreach (Match block in YamlBlock().Matches(text))
        {
            data.Add(text[..block.Index].Count(c => c == '\n') + 1, block.Groups[1].Value);
        }

        return data;
    }

    [Fact]
    public void FORMAT_md_has_an_example_of_each_expectation_kind()
    {
        var yaml = string.Concat(Examples().Select(row => (string)row[1]));

        foreach (var key in new[] { "refused: false", "absent: true", "subject:", "from:", "records:", "readableRecords:", "keyVersion:", "operationStatus:", "anyOf:", "backup: before-rotation",
            "do: updateKeyVault", "do: updateEnterprisePolicy", "do: removeEntraRole", "do: deactivateUser", "do: removeLicense",
            "posture:", "resource: searchIndex", "operation: add-a, operationStatus", "do: validateKeyVaultForCMK", "do: swapCustomerManagedKeyForEnvironment", "keyVersion: 1, operation", "policy: ep-a" })
        {
            Assert.Contains(key, yaml, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_parses(int line, string yaml)
    {
        var steps = "steps:\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"  - {{ at: {i}h, as: admin, do: writeRecords, environments: prod-a, count: 1 }}\n"));
        var text = yaml.StartsWith("expect:", StringComparison.Ordinal) ? Skeleton + steps + yaml
            : yaml.StartsWith("steps:", StringComparison.Ordinal) || yaml.StartsWith("platform:", StringComparison.Ordinal) ? Skeleton + yaml
            : yaml;
        using var file = new ScenarioFile(text);
        var samples = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Samples", "templates");
        Directory.CreateDirectory(Path.Combine(file.Folder, "templates"));
        foreach (var template in Directory.GetFiles(samples))
        {
            File.Copy(template, Path.Combine(file.Folder, "templates", Path.GetFileName(template)));
        }

        var error = Record.Exception(() => ScenarioLoader.Load(file.Path));

        Assert.True(error is null, $"FORMAT.md line {line}: {error?.Message}");
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
