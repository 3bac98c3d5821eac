using CmkSim.Domain.Rules;
using CmkSim.Engine.Time;

namespace CmkSim.Simulation.Actions;

/// <summary>Environment and backup deletion and point-in-time restore, on the environment grains.</summary>
public sealed partial class GrainPlatform
{
    public Task<Decision> DeleteEnvironmentAsync(string actor, string environment) => Env(environment).DeleteAsync(actor);

    public Task<Decision> DeleteBackupAsync(string actor, string environment, string backup) => Env(environment).DeleteBackupAsync(actor, backup);

    public Task<Decision> RestoreToPointInTimeAsync(string actor, string target, TimeSpan pointInTime) =>
        Env(target).RestoreToPointInTimeAsync(actor, RunStart + pointInTime);

    /// <summary>Where a scenario's durations count from: the engine's epoch.</summary>
    private DateTimeOffset RunStart => time is VirtualClock clock ? clock.Epoch : VirtualClock.DefaultEpoch;
}
