namespace CmkSim.Contracts.Environments;

/// <summary>State of the environment history entry "Update Customer Managed Key".</summary>
[GenerateSerializer]
public enum OperationStatus
{
    Running,
    Succeeded,
    Failed,
}
