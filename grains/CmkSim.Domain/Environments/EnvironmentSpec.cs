namespace CmkSim.Domain.Environments;

/// <summary>How an environment is created in the tenant.</summary>
public sealed record EnvironmentSpec(
    EnvironmentType Type,
    string Region,
    bool Managed = false,
    int Records = 0,
    bool Byok = false,
    bool FinanceAndOperationsWithoutIntegration = false);
