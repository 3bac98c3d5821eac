namespace CmkSim.Domain.Preflight;

/// <summary>A check passed, failed, or was not run because an earlier one failed (the script stops at the first).</summary>
public enum PreflightOutcome
{
    Pass,
    Fail,
    NotRun,
}
