namespace CmkSim.Reports.Output;

/// <summary>The reports can't be written where asked (bad --out, unsafe or clashing names, someone else's files in the way): invalid input, exit 2.</summary>
public sealed class ReportOutputException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
