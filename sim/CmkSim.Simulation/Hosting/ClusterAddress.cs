using System.Globalization;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Where a cluster's Redis is: <c>redis://HOST:PORT</c>, the one form <c>--cluster</c> takes. Membership and grain
/// state both live there; no user, password, database or TLS (a loopback or private-network Redis).
/// </summary>
public sealed record ClusterAddress(string Host, int Port)
{
    public const string Scheme = "redis";

    /// <summary>StackExchange.Redis' configuration string for this server.</summary>
    public string RedisConfiguration => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    public override string ToString() => $"{Scheme}://{RedisConfiguration}";

    /// <summary>The address, or why the text is not one (a message naming the text).</summary>
    public static bool TryParse(string? text, out ClusterAddress? address, out string problem)
    {
        address = null;
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(text)
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Scheme, Scheme, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"'{Printable(text)}' is not a redis://HOST:PORT address";
            return false;
        }

        if (uri.IsDefaultPort || uri.Port is < 1 or > 65535)
        {
            problem = $"'{Printable(text)}' names no port (redis://HOST:PORT)";
            return false;
        }

        if (uri.UserInfo.Length > 0 || uri.AbsolutePath is not ("/" or "") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            problem = $"'{Printable(text)}' has more than a host and a port (redis://HOST:PORT)";
            return false;
        }

        address = new ClusterAddress(uri.IdnHost, uri.Port);
        return true;
    }

    // Arguments reach the terminal: no control character and no novel-length text.
    private static string Printable(string? text)
    {
        var clean = new string((text ?? string.Empty).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length <= 80 ? clean : clean[..80] + "…";
    }
}
