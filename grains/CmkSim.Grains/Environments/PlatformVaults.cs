namespace CmkSim.Grains.Environments;

/// <summary>The names of Microsoft's own vaults, for those outside the grains that sample or audit them.</summary>
public static class PlatformVaults
{
    public const string Microsoft = PlatformKeys.MicrosoftVault;

    public const string Byok = PlatformKeys.ByokVault;

    /// <summary>Creates the platform vaults and the Microsoft-managed key, once, before any environment.</summary>
    public static Task EnsureAsync(IGrainFactory grains) => PlatformKeys.EnsureVaultsAsync(grains);
}
