namespace CmkSim.Scenarios.Model;

/// <summary>Power Platform environment types; only some may join an encryption policy (EN-rules).</summary>
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
