namespace CmkSim.Grains.Tenants;

/// <summary>A run simulates one customer tenant; this is its grain key.</summary>
public static class TenantKey
{
    public const string Default = "tenant";

    /// <summary>The tenant's journal name (the owner half of its event ids).</summary>
    public const string JournalOwner = "tenant";
}
