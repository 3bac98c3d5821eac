namespace CmkSim.Reports.Signing;

/// <summary>What is wrong with one file of a signed folder.</summary>
public enum FileProblemKind
{
    Changed,
    Missing,
    Unlisted,
}
