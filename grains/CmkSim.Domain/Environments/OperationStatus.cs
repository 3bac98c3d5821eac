namespace CmkSim.Domain.Environments;

/// <summary>State of the environment history entry "Update Customer Managed Key".</summary>
public enum OperationStatus
{
    Running,
    Succeeded,
    Failed,
}
