namespace CmkSim.Grains.Environments;

/// <summary>The names of Microsoft's own vaults, for those outside the grains that sample or audit them.</summary>
public static class PlatformVaults
{
    public const string Microsoft = PlatformKeys.MicrosoftVault;

    public const string Byok = PlatformKeys.ByokVault;

    /// <summary>Creates the platform vaults and the Microsoft-managed key, once, before any environment.</summary>
    public static Task EnsureAsync(IGrainFactory grains) => PlatformKeys.EnsureVaultsAsync(grains);

    /// <summary>
    /// Also imports the BYOK keys of <paramref name="byokEnvironments"/>, one at a time in name order: environments are
    /// then created in parallel, and the BYOK vault's journal must not depend on which of them got there first.
    /// </summary>
    public static async Task EnsureAsync(IGrainFactory grains, IEnumerable<string> byokEnvironments)
    {
        await PlatformKeys.EnsureVaultsAsync(grains);
        foreach (var environment in byokEnvironments.Order(StringComparer.Ordinal))
        {
            await PlatformKeys.ByokAsync(grains, environment);
        }
    }
}
