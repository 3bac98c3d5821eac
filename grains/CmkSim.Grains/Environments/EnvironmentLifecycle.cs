namespace CmkSim.Grains.Environments;

/// <summary>
/// An environment's internal lifecycle, finer than the status users see (<see cref="EnvironmentStatusMap"/>):
/// Encrypting and Reverting show as Disabled, ReEnabling as Locked.
/// </summary>
[GenerateSerializer]
public enum EnvironmentLifecycle
{
    Active,
    Encrypting,
    Reverting,
    Locked,
    ReEnabling,
    Deleted,
}
