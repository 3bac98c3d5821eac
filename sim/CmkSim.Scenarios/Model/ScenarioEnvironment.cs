using CmkSim.Domain.Environments;
namespace CmkSim.Scenarios.Model;

/// <summary>One concrete Power Platform environment (a <c>{n}</c> entry gives one of these per number).</summary>
public sealed record ScenarioEnvironment(
    string Name,
    string Region,
    EnvironmentType Type,
    bool Managed,
    int Records,
    FinanceAndOperations FinanceAndOperations,
    InitialEncryption Encryption,
    SourceLocation Location);
