namespace CmkSim.Reports.Signing;

/// <summary>What a signature proves, said the same way in the reports, the README and <c>cmksim verify</c>.</summary>
public static class SigningText
{
    public const string IntegrityOnly =
        "without --key, verify checks integrity only (the files match the manifest, signed by the key it carries); " +
        "pass --key FINGERPRINT to check origin";

    public static string CheckOrigin(string fingerprint) => $"cmksim verify --key {fingerprint} <folder>";
}
