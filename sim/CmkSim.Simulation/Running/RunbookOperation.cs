namespace CmkSim.Simulation.Running;

/// <summary>
/// An operation a runbook step was answered with (202 Accepted): its id, when it started, and the environments whose
/// History entries make its status. With no environments it is done once accepted (a policy call, a validation).
/// <see cref="Phases"/>: how many History entries per environment it spans (a swap: the removal, then the add).
/// </summary>
public sealed record RunbookOperation(string Id, DateTimeOffset Started, IReadOnlyList<string> Environments, int Phases);

/// <summary>
/// A swap in progress on one environment (EN-06): removed from its policy at <see cref="Started"/>; added to
/// <see cref="Policy"/> once reverted. <see cref="Failure"/> says why it stopped short, if it did.
/// </summary>
public sealed class SwapProgress(string policy, DateTimeOffset started)
{
    public string Policy => policy;

    public DateTimeOffset Started => started;

    /// <summary>The add to the new policy has been asked for (accepted or not).</summary>
    public bool Added { get; set; }

    public string? Failure { get; set; }
}
