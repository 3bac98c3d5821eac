namespace CmkSim.Contracts.Environments;

/// <summary>An environment's status, in the admin center's words.</summary>
[GenerateSerializer]
public enum EnvironmentStatus
{
    Enabled,
    Disabled,
    Locked,
    Failed,
    Deleted,
}
