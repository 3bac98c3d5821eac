namespace CmkSim.Reports.Signing;

/// <summary>What is wrong with one file of a signed folder.</summary>
public enum FileProblemKind
{
    Changed,
    Missing,
    Unlisted,

    /// <summary>A symbolic link, FIFO, socket or device where a regular file (or the report's folder) should be: never opened.</summary>
    NotRegular,
}
