namespace CmkSim.Domain.Environments;

/// <summary>Power Platform environment types; Trial and Teams can't take a customer key (rule EN-01).</summary>
public enum EnvironmentType
{
    Production,
    Sandbox,
    Developer,
    Trial,
    Teams,
    SupportInvestigation,
    Default,
}
