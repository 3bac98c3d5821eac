namespace CmkSim.Domain.Compliance;

/// <summary>How bad a compliance finding is.</summary>
public enum FindingSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
