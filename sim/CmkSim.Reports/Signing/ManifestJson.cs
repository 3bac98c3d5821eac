using System.Text.Json;
using CmkSim.Reports.Writers;

namespace CmkSim.Reports.Signing;

/// <summary>Reads and writes manifest.json with a fixed property order.</summary>
public static class ManifestJson
{
    public static string Render(Manifest manifest) => ReportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", manifest.Format);
        w.WriteString("algorithm", manifest.Algorithm);
        w.WriteString("publicKey", manifest.PublicKey);
        w.WriteString("fingerprint", manifest.Fingerprint);
        w.WriteStartArray("files");
        foreach (var file in manifest.Files)
        {
            w.WriteStartObject();
            w.WriteString("path", file.Path);
            w.WriteString("sha256", file.Sha256);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("signature", manifest.Signature);
        w.WriteEndObject();
    }) + "\n";

    /// <summary>Parses manifest.json; throws <see cref="FormatException"/> naming what is missing or malformed.</summary>
    public static Manifest Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"manifest.json is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            string Text(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()! : throw new FormatException($"manifest.json has no string '{name}'");
            var files = root.TryGetProperty("files", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(f => new ManifestEntry(Text(f, "path"), Text(f, "sha256"))).ToList()
                : throw new FormatException("manifest.json has no 'files' array");
            return new Manifest(Text(root, "format"), Text(root, "algorithm"), Text(root, "publicKey"),
                Text(root, "fingerprint"), files, Text(root, "signature"));
        }
        catch (JsonException e)
        {
            throw new FormatException($"manifest.json is not valid JSON: {e.Message}", e);
        }
    }
}
