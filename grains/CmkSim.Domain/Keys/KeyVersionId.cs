using System.Security.Cryptography;
using System.Text;

namespace CmkSim.Domain.Keys;

/// <summary>
/// Identifies one version of a key, as Key Vault's key identifier does
/// (<c>https://{vault}.vault.azure.net/keys/{name}/{version}</c>).
/// </summary>
public sealed record KeyVersionId(
    string Vault,
    string Name,
    string Version)
{
    /// <summary>The identifier as Key Vault prints it.</summary>
    public string Uri => $"https://{Vault}.vault.azure.net/keys/{Name}/{Version}";

    /// <summary>The PKCS#11 CKA_ID of the key pair that backs this version (derived, so never written out).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string HsmKeyId => $"{Vault}/{Name}/{Version}";

    public override string ToString() => Uri;

    /// <summary>
    /// The id of the <paramref name="ordinal"/>-th version of a key. Key Vault versions are 32 hex digits; deriving
    /// them from vault, name and ordinal keeps a run reproducible.
    /// </summary>
    public static KeyVersionId Derive(string vault, string name, int ordinal) => new(vault, name,
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{vault}/{name}/{ordinal}")))[..32]);
}
