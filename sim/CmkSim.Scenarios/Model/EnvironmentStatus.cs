namespace CmkSim.Scenarios.Model;

/// <summary>An environment's state as the Power Platform admin center shows it.</summary>
public enum EnvironmentStatus
{
    Enabled,
    Disabled,
    Locked,
    Failed,
    Deleted,
}
