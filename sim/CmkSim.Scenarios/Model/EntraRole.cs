namespace CmkSim.Scenarios.Model;

/// <summary>The Microsoft Entra roles that matter for CMK administration.</summary>
public enum EntraRole
{
    GlobalAdministrator,
    PowerPlatformAdministrator,
    Dynamics365ServiceAdministrator,
}
