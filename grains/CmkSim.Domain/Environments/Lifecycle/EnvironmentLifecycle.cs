namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>
/// An environment's internal lifecycle, finer than the status users see (<see cref="EnvironmentLifecycleModel.Status"/>):
/// Encrypting and Reverting show as Disabled, ReEnabling as Locked. The grain persists it as its number.
/// </summary>
public enum EnvironmentLifecycle
{
    Active,
    Encrypting,
    Reverting,
    Locked,
    ReEnabling,
    Deleted,
}
