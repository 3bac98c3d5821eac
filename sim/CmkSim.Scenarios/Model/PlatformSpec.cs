using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Scenarios.Model;

/// <summary>How the simulated platform itself behaves in a run (the scenario's <c>platform:</c> block): Key Vault's service limits.</summary>
public sealed record PlatformSpec(ThrottlingSettings Throttling)
{
    /// <summary>A scenario without a <c>platform:</c> block: no throttling.</summary>
    public static readonly PlatformSpec Default = new(ThrottlingSettings.Off);
}
