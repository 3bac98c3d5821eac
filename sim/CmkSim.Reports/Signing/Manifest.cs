using System.Text;

namespace CmkSim.Reports.Signing;

/// <summary>manifest.json: the files of a report folder with their hashes, and the HSM key's signature over them.</summary>
public sealed record Manifest(
    string Format,
    string Algorithm,
    string PublicKey,
    string Fingerprint,
    IReadOnlyList<ManifestEntry> Files,
    string Signature)
{
    public const string CurrentFormat = "cmksim-manifest/1";

    /// <summary>The run index's manifest (index.manifest.json): the index files and each scenario's manifest.json.</summary>
    public const string IndexFormat = "cmksim-index/1";

    /// <summary>
    /// The exact bytes signed: the format line, then "sha256  path" per file in ordinal path order (sha256sum's
    /// layout), UTF-8 with "\n". Independent of JSON formatting, so any reader can rebuild it.
    /// </summary>
    public static byte[] CanonicalBytes(string format, IEnumerable<ManifestEntry> files)
    {
        var text = new StringBuilder(format).Append('\n');
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(file.Sha256).Append("  ").Append(file.Path).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
