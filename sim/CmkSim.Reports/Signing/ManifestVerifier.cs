using System.Security.Cryptography;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Signing;

/// <summary>
/// Checks a signed report folder with managed RSA and the public key the manifest carries (no HSM needed): the
/// key's fingerprint, the signature over the canonical file list, and every file's hash.
/// </summary>
public static class ManifestVerifier
{
    public static ManifestVerification Verify(string folder, string? requiredFingerprint = null)
    {
        var path = Path.Combine(folder, ReportFiles.Manifest);
        if (!File.Exists(path))
        {
            return Failed($"no {ReportFiles.Manifest} in '{folder}'");
        }

        Manifest manifest;
        try
        {
            manifest = ManifestJson.Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            return Failed(e.Message);
        }

        if (manifest.Format != Manifest.CurrentFormat || manifest.Algorithm != ReportSigner.Algorithm)
        {
            return Failed($"unsupported manifest format '{manifest.Format}' or algorithm '{manifest.Algorithm}'");
        }

        if (manifest.Files.FirstOrDefault(f => !IsSafe(f.Path)) is { } unsafePath)
        {
            return Failed($"manifest lists a path outside the folder: '{unsafePath.Path}'");
        }

        bool signatureValid;
        string fingerprint;
        try
        {
            using var rsa = RSA.Create();
            var spki = Convert.FromBase64String(manifest.PublicKey);
            rsa.ImportSubjectPublicKeyInfo(spki, out _);
            fingerprint = Convert.ToHexStringLower(SHA256.HashData(spki));
            signatureValid = fingerprint == manifest.Fingerprint && rsa.VerifyData(
                Manifest.CanonicalBytes(manifest.Format, manifest.Files), Convert.FromBase64String(manifest.Signature),
                HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return Failed($"manifest key or signature is malformed: {e.Message}");
        }

        var accepted = requiredFingerprint is null || string.Equals(requiredFingerprint.Trim(), fingerprint, StringComparison.OrdinalIgnoreCase);
        return new ManifestVerification(signatureValid, accepted, fingerprint, manifest.Files.Count, Problems(folder, manifest), null);
    }

    private static List<FileProblem> Problems(string folder, Manifest manifest)
    {
        var problems = new List<FileProblem>();
        foreach (var file in manifest.Files)
        {
            var full = Path.Combine(folder, file.Path);
            if (!File.Exists(full))
            {
                problems.Add(new FileProblem(file.Path, FileProblemKind.Missing));
            }
            else if (ManifestWriter.Hash(full) != file.Sha256)
            {
                problems.Add(new FileProblem(file.Path, FileProblemKind.Changed));
            }
        }

        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => p != ReportFiles.Manifest && !listed.Contains(p))
            .Order(StringComparer.Ordinal)
            .Select(p => new FileProblem(p, FileProblemKind.Unlisted)));
        return problems;
    }

    private static bool IsSafe(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Split('/', '\\').Any(part => part is ".." or "");

    private static ManifestVerification Failed(string error) => new(false, false, null, 0, [], error);
}
