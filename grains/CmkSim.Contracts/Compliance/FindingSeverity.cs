namespace CmkSim.Contracts.Compliance;

/// <summary>How bad a compliance finding is.</summary>
[GenerateSerializer]
public enum FindingSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
