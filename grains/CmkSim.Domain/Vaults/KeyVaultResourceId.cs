using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CmkSim.Domain.Vaults;

/// <summary>
/// The ARM resource ID of a key vault or Managed HSM, the <c>keyVault.id</c> an enterprise policy names (rule EP-07):
/// <c>/subscriptions/{guid}/resourceGroups/{rg}/providers/Microsoft.KeyVault/vaults/{name}</c> (or <c>managedHSMs</c>).
/// </summary>
public sealed partial record KeyVaultResourceId(
    string SubscriptionId,
    string ResourceGroup,
    string Name,
    bool ManagedHsm = false)
{
    public const string ExpectedShape = "/subscriptions/{guid}/resourceGroups/{group}/providers/Microsoft.KeyVault/vaults/{name} (or managedHSMs/{name})";

    /// <summary>The ID as the portal's JSON view prints it.</summary>
    public string Id => $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroup}/providers/Microsoft.KeyVault/{(ManagedHsm ? "managedHSMs" : "vaults")}/{Name}";

    public override string ToString() => Id;

    /// <summary>
    /// Reads an ID. Fixed segments compare case-insensitively, as ARM compares them; the names keep their case.
    /// <paramref name="error"/> says which part is wrong.
    /// </summary>
    public static bool TryParse(string? id, [NotNullWhen(true)] out KeyVaultResourceId? result, out string error)
    {
        result = null;
        var parts = (id ?? "").Split('/');
        if (parts.Length != 9 || parts[0].Length != 0)
        {
            error = $"expected {ExpectedShape}";
            return false;
        }

        error = Check(parts) ?? "";
        if (error.Length != 0)
        {
            return false;
        }

        result = new KeyVaultResourceId(parts[2].ToLowerInvariant(), parts[4], parts[8],
            parts[7].Equals("managedHSMs", StringComparison.OrdinalIgnoreCase));
        return true;
    }

    private static string? Check(string[] parts)
    {
        static bool Is(string actual, string expected) => actual.Equals(expected, StringComparison.OrdinalIgnoreCase);

        if (!Is(parts[1], "subscriptions") || !Is(parts[3], "resourceGroups") || !Is(parts[5], "providers"))
        {
            return $"expected {ExpectedShape}";
        }

        if (!Guid.TryParseExact(parts[2], "D", out _))
        {
            return $"subscription '{parts[2]}' is not a GUID";
        }

        if (!ResourceGroupName().IsMatch(parts[4]))
        {
            return $"resource group '{parts[4]}' is not a valid name (1-90 letters, digits, '-', '_', '.', '(', ')'; not ending in '.')";
        }

        if (!Is(parts[6], "Microsoft.KeyVault") || !(Is(parts[7], "vaults") || Is(parts[7], "managedHSMs")))
        {
            return $"provider '{parts[6]}/{parts[7]}' is not Microsoft.KeyVault/vaults or Microsoft.KeyVault/managedHSMs";
        }

        return VaultName().IsMatch(parts[8])
            ? null
            : $"vault name '{parts[8]}' is not valid (3-24 letters, digits and single hyphens, starting with a letter, ending with a letter or digit)";
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}_\-.()]{0,89}[\p{L}\p{Nd}_\-()]$")]
    private static partial Regex ResourceGroupName();

    [GeneratedRegex(@"^(?=.{3,24}$)[A-Za-z](?:-?[A-Za-z0-9])+$")]
    private static partial Regex VaultName();
}
