namespace CmkSim.Contracts.Environments;

/// <summary>How an environment is created in the tenant.</summary>
[GenerateSerializer, Immutable]
public sealed record EnvironmentSpec(
    [property: Id(0)] EnvironmentType Type,
    [property: Id(1)] string Region,
    [property: Id(2)] bool Managed = false,
    [property: Id(3)] int Records = 0,
    [property: Id(4)] bool Byok = false,
    [property: Id(5)] bool FinanceAndOperationsWithoutIntegration = false);
