namespace CmkSim.Tests.Domain;

/// <summary>
/// Enterprise-policy templates for the parser tests: the seed's own template, read from the seed document, with its
/// four placeholders filled in as the seed's field definitions say; and the same resource without the deployment wrapper.
/// </summary>
public static class PolicyTemplates
{
    public const string Subscription = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";
    public const string VaultId = $"/subscriptions/{Subscription}/resourceGroups/cmk-rg/providers/Microsoft.KeyVault/vaults/contoso-kv";

    /// <summary>The seed's template exactly as printed, placeholders and all (not valid JSON).</summary>
    public static string SeedRaw { get; } = ReadSeedTemplate();

    /// <summary>The seed's template with name, location, keyVaultId and keyName filled in.</summary>
    public static string Seed { get; } = SeedRaw
        .Replace("{EnterprisePolicyName}", "\"contoso-cmk\"")
        .Replace("{location where EnterprisePolicy needs to be created}", "\"europe\"")
        .Replace("{keyVaultId}", $"\"{VaultId}\"")
        .Replace("{keyName}", "\"cmk\"");

    public const string BareResource = $$"""
        {
          "type": "Microsoft.PowerPlatform/enterprisePolicies",
          "apiVersion": "2020-10-30",
          "name": "contoso-cmk",
          "location": "europe",
          "kind": "Encryption",
          "identity": {
            "type": "SystemAssigned"
          },
          "properties": {
            "lockbox": null,
            "encryption": {
              "state": "Enabled",
              "keyVault": {
                "id": "{{VaultId}}",
                "key": {
                  "name": "cmk"
                }
              }
            },
            "networkInjection": null
          }
        }
        """;

    /// <summary>Replaces the one occurrence of <paramref name="from"/>; fails loudly if the text does not have exactly one.</summary>
    public static string With(this string template, string from, string to)
    {
        var at = template.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && template.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"expected one '{from}' in the template");
        return string.Concat(template.AsSpan(0, at), to, template.AsSpan(at + from.Length));
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(this string template, string text)
    {
        var at = template.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in the template");
        var line = template.AsSpan(0, at).Count('\n') + 1;
        var column = at - (template.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1) + 1;
        return (line, column);
    }

    private static string ReadSeedTemplate()
    {
        var lines = File.ReadAllLines(SharedDocs.SeedPath);
        var heading = Array.FindIndex(lines, l => l.Trim() == "### Enterprise policy json template");
        Assert.True(heading >= 0, $"no 'Enterprise policy json template' section in {SharedDocs.SeedPath}");
        var open = Array.FindIndex(lines, heading, l => l.Trim() == "```json");
        var close = Array.FindIndex(lines, open + 1, l => l.Trim() == "```");
        return string.Join('\n', lines[(open + 1)..close]) + "\n";
    }
}
