namespace CmkSim.Domain.Environments;

/// <summary>An environment's status, in the admin center's words.</summary>
public enum EnvironmentStatus
{
    Enabled,
    Disabled,
    Locked,
    Failed,
    Deleted,
}
