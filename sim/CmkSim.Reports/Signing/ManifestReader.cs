using System.Security.Cryptography;
using CmkSim.Files;
using CmkSim.Reports.Output;

namespace CmkSim.Reports.Signing;

/// <summary>
/// Reads a manifest file defensively: a regular file (not a link, FIFO or device, which could point elsewhere or
/// block), of bounded size, a JSON object of the expected format; and checks its signature with the key it carries.
/// </summary>
public static class ManifestReader
{
    /// <summary>Real manifests are a few KB (one line per file); anything near this is not one of ours.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>The manifest, or an error naming what is wrong with the file (never an exception for bad input).</summary>
    public static (Manifest? Manifest, string? Error) Read(string path, string expectedFormat)
    {
        var name = Path.GetFileName(path);
        switch (FileStatus.Kind(path))
        {
            case FileKind.Missing:
                return (null, $"no {name} in '{Path.GetDirectoryName(path)}'");
            case FileKind.Regular:
                break;
            case var kind:
                return (null, $"{name} is {Describe(kind)}, not a regular file");
        }

        string json;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                return (null, $"{name} is {length} bytes; a manifest holds at most {MaxBytes}");
            }

            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{name} can't be read: {e.Message}");
        }

        Manifest manifest;
        try
        {
            manifest = ManifestJson.Parse(json);
        }
        catch (FormatException e)
        {
            return (null, e.Message.Replace("manifest.json", name, StringComparison.Ordinal));
        }

        if (manifest.Format != expectedFormat || manifest.Algorithm != ReportSigner.Algorithm)
        {
            return (null, $"unsupported {name} format '{manifest.Format}' or algorithm '{manifest.Algorithm}' (expected '{expectedFormat}')");
        }

        if (manifest.Files.FirstOrDefault(f => !IsSafe(f.Path)) is { } unsafePath)
        {
            return (null, $"{name} lists a path outside the folder: '{unsafePath.Path}'");
        }

        return (manifest, null);
    }

    /// <summary>The key's fingerprint and whether the signature over the file list holds; an error if key or signature is malformed.</summary>
    public static (bool Valid, string? Fingerprint, string? Error) CheckSignature(Manifest manifest)
    {
        try
        {
            using var rsa = RSA.Create();
            var spki = Convert.FromBase64String(manifest.PublicKey);
            rsa.ImportSubjectPublicKeyInfo(spki, out _);
            var fingerprint = Convert.ToHexStringLower(SHA256.HashData(spki));
            var valid = fingerprint == manifest.Fingerprint && rsa.VerifyData(
                Manifest.CanonicalBytes(manifest.Format, manifest.Files), Convert.FromBase64String(manifest.Signature),
                HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
            return (valid, fingerprint, null);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return (false, null, $"manifest key or signature is malformed: {e.Message}");
        }
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Directory => "a folder",
        FileKind.Special => "a FIFO, socket or device",
        FileKind.Missing => "missing",
        _ => "a file",
    };

    /// <summary>Relative, '/'-separated, no empty, '.' or '..' segment, no control character.</summary>
    public static bool IsSafe(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\') && !path.Any(char.IsControl)
        && !path.Split('/').Any(part => part is ".." or "." or "");
}
