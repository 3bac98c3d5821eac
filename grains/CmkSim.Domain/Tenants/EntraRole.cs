namespace CmkSim.Domain.Tenants;

/// <summary>Microsoft Entra roles that may manage environment encryption (rule EN-02).</summary>
public enum EntraRole
{
    GlobalAdministrator,
    PowerPlatformAdministrator,
    Dynamics365ServiceAdministrator,
}
