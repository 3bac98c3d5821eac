using System.Security.Cryptography;
using System.Text;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Signing;

/// <summary>Hashes the files of a report folder and writes manifest.json, signed in the HSM.</summary>
public static class ManifestWriter
{
    public static Manifest Write(string folder, IEnumerable<string> relativePaths, ReportSigner signer) =>
        Write(folder, relativePaths, signer, Manifest.CurrentFormat, ReportFiles.Manifest);

    /// <summary>Signs the listed files under <paramref name="folder"/> as <paramref name="format"/> into <paramref name="manifestName"/>.</summary>
    public static Manifest Write(string folder, IEnumerable<string> relativePaths, ReportSigner signer, string format, string manifestName)
    {
        var files = relativePaths
            .Select(p => p.Replace('\\', '/'))
            .Where(p => p != manifestName)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(p => new ManifestEntry(p, Hash(Path.Combine(folder, p))))
            .ToList();
        var signature = signer.Sign(Manifest.CanonicalBytes(format, files));
        using var rsa = signer.PublicKey.ToRsa();
        var manifest = new Manifest(format, ReportSigner.Algorithm,
            Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()), signer.PublicKey.Fingerprint(), files,
            Convert.ToBase64String(signature));
        File.WriteAllText(Path.Combine(folder, manifestName), ManifestJson.Render(manifest), new UTF8Encoding(false));
        return manifest;
    }

    public static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
