namespace CmkSim.Tests.Fuzz;

/// <summary>
/// One change made to a seed file, as printed for a failure. <see cref="HostRisk"/>: the change may take the test
/// host down (stack overflow, gigabytes, reading forever), so the mutant runs in a <c>cmksim</c> process of its own.
/// <see cref="MustRefuse"/>: issue 8 names this input as one <c>validate</c> must refuse; loading it is a failure.
/// </summary>
public sealed record Mutation(string Label, bool HostRisk = false, string? MustRefuse = null)
{
    public override string ToString() => Label;
}
