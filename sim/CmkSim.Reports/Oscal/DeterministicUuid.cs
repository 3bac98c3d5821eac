using System.Security.Cryptography;
using System.Text;

namespace CmkSim.Reports.Oscal;

/// <summary>
/// Name-based UUIDs, version 5 (RFC 9562 §5.5: SHA-1 over the namespace's 16 bytes and the name's UTF-8): one
/// name gives one UUID, so the OSCAL file is byte-identical for a seed while every element's UUID stays unique.
/// </summary>
public static class DeterministicUuid
{
    /// <summary>The RFC's URL namespace, from which CmkSim's own OSCAL namespace is derived.</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The namespace every CmkSim OSCAL UUID is made in.</summary>
    public static readonly Guid CmkSimOscal = V5(UrlNamespace, "urn:cmksim:oscal:assessment-results");

    public static Guid V5(Guid space, string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        var hash = SHA1.HashData(bytes);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The UUID of one element of one scenario's run with one seed, as OSCAL writes it (lower-case).</summary>
    public static string For(long seed, string scenario, string element) =>
        V5(CmkSimOscal, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seed}\n{scenario}\n{element}")).ToString("D");
}
