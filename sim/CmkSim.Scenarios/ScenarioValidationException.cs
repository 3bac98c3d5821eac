namespace CmkSim.Scenarios;

/// <summary>A scenario file that cannot run. Carries every error found, not just the first, so one edit fixes them all.</summary>
public sealed class ScenarioValidationException : Exception
{
    public ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ScenarioError> Errors { get; }
}
