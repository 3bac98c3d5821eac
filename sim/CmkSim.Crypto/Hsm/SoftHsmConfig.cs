namespace CmkSim.Crypto.Hsm;

/// <summary>Writes the run's own softhsm2.conf so SoftHSM2 never touches the system token directory.</summary>
internal static class SoftHsmConfig
{
    public const string Variable = "SOFTHSM2_CONF";

    /// <summary>Creates (or reuses) the token directory and returns the path of its config file.</summary>
    public static string Write(string tokenDirectory)
    {
        var tokens = Path.Combine(tokenDirectory, "tokens");
        Directory.CreateDirectory(tokens);
        var conf = Path.Combine(tokenDirectory, "softhsm2.conf");
        File.WriteAllText(conf,
            $"""
            # Written by CmkSim for this run only.
            directories.tokendir = {tokens}
            objectstore.backend = file
            log.level = ERROR
            slots.removable = false
            """ + "\n");
        return conf;
    }

    public static bool IsSystemDirectory(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd('/');
        return full is "/etc/softhsm" or "/var/lib/softhsm" || full.StartsWith("/var/lib/softhsm/", StringComparison.Ordinal);
    }
}
