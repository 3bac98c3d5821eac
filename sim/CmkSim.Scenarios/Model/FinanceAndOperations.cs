namespace CmkSim.Scenarios.Model;

/// <summary>Whether the environment has finance and operations apps, and if so whether integrated with Dataverse.</summary>
public enum FinanceAndOperations
{
    None,
    WithIntegration,
    WithoutIntegration,
}
