namespace CmkSim.Domain.Compliance;

/// <summary>The impact on one slice of the tenant (a cause, a policy or a region).</summary>
/// <param name="Key">The cause's rule, the policy's name or the region; "(none)" when the environment had none.</param>
/// <param name="EnvironmentsOffline">Environments locked at least once.</param>
/// <param name="EnvironmentHours">Hours offline summed over those environments.</param>
/// <param name="StillLocked">Environments still locked at the end of the run.</param>
/// <param name="DataLost">Environments deleted with their data (LK-02).</param>
public sealed record ImpactRow(string Key, int EnvironmentsOffline, double EnvironmentHours, int StillLocked, int DataLost);
