namespace CmkSim.Crypto.Hsm;

/// <summary>How to reach SoftHSM2. Every field has a safe default; a run never uses the system token directory.</summary>
public sealed record HsmOptions
{
    /// <summary>Environment variable that overrides <see cref="LibraryPath"/>.</summary>
    public const string LibraryPathVariable = "CMKSIM_PKCS11_LIBRARY";

    /// <summary>Path of the PKCS#11 module; null means search the usual Debian locations.</summary>
    public string? LibraryPath { get; init; }

    /// <summary>Token directory; null means a fresh directory of this run's own under the temp folder.</summary>
    public string? TokenDirectory { get; init; }

    /// <summary>Delete a generated token directory when the HSM is disposed.</summary>
    public bool DeleteTokenDirectoryOnDispose { get; init; } = true;

    public string UserPin { get; init; } = "cmksim-user";

    public string SecurityOfficerPin { get; init; } = "cmksim-so";

    /// <summary>
    /// Give this handle tokens of its own (labels get a namespace prefix): each simulation run in a process then starts
    /// with empty tokens, though SoftHSM2 is loaded once per process.
    /// </summary>
    public bool IsolateTokens { get; init; }

    /// <summary>
    /// Upper bound of PKCS#11 sessions per token, so of RSA operations running at once: two per core, so a core has
    /// the next operation ready while a finished one hands its result back (one per core left the cores idle across
    /// each hand-over: load runs measured 0.40 to 0.63 of the bound against 0.52 to 0.76 with two per core).
    /// </summary>
    public int MaxSessionsPerToken { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);
}
