namespace CmkSim.Domain.Vaults;

/// <summary>
/// Microsoft's own vaults: the Microsoft-managed key every environment starts on, and the keys customers imported
/// with BYOK. They belong to the Power Platform service, not to the tenant, so no tenant user can create, change,
/// fault or point a policy at them: a scenario that names one is refused at load.
/// </summary>
public static class PlatformVaultNames
{
    public const string Microsoft = "microsoft-managed";

    public const string Byok = "byok-imported";

    /// <summary>The Power Platform service's principal: the only one these vaults answer.</summary>
    public const string ServicePrincipal = "PowerPlatform";

    public static IReadOnlyList<string> All { get; } = [Microsoft, Byok];

    /// <summary>Ignoring case, as Azure compares vault names: "Microsoft-Managed" names the same vault.</summary>
    public static bool IsPlatform(string? vault) =>
        vault is not null && All.Any(v => string.Equals(v, vault, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why a tenant's action may not name <paramref name="vault"/>, or null when it may.</summary>
    public static string? Problem(string vault) => IsPlatform(vault)
        ? $"'{vault}' is the platform's own vault: it holds Microsoft's keys and answers only the Power Platform service, "
          + "so no tenant user creates, changes, faults or points a policy at it; name a vault of the tenant's"
        : null;
}
