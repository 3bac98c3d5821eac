namespace CmkSim.Contracts.Tenants;

/// <summary>Microsoft Entra roles that may manage environment encryption (rule EN-02).</summary>
[GenerateSerializer]
public enum EntraRole
{
    GlobalAdministrator,
    PowerPlatformAdministrator,
    Dynamics365ServiceAdministrator,
}
