namespace CmkSim.Reports.Signing;

/// <summary>
/// The outcome of checking a signed folder. <see cref="Verified"/> needs a good signature, the required
/// fingerprint (if any), and every file unchanged, present and listed.
/// </summary>
public sealed record ManifestVerification(
    bool SignatureValid,
    bool FingerprintAccepted,
    string? Fingerprint,
    int FileCount,
    IReadOnlyList<FileProblem> Problems,
    string? Error)
{
    public bool Verified => Error is null && SignatureValid && FingerprintAccepted && Problems.Count == 0;
}
