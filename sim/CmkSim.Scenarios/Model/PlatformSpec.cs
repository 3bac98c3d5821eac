using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Scenarios.Model;

/// <summary>
/// How the simulated platform itself behaves in a run (the scenario's <c>platform:</c> block): Key Vault's service
/// limits, and how many silos host the grains (more than one only for scenarios that kill a silo on purpose).
/// </summary>
public sealed record PlatformSpec(ThrottlingSettings Throttling)
{
    /// <summary>The most silos a scenario may ask for: each is a full Orleans silo on this machine's cores.</summary>
    public const int MaxSilos = 5;

    /// <summary>Silos of the run, 1 (the embedded silo, the default) to <see cref="MaxSilos"/>.</summary>
    public int Silos { get; init; } = 1;

    /// <summary>A scenario without a <c>platform:</c> block: no throttling.</summary>
    public static readonly PlatformSpec Default = new(ThrottlingSettings.Off);
}
