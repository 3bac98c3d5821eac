namespace CmkSim.Scenarios.Model;

/// <summary>The tenant before the first step: its users, Azure subscriptions and Power Platform environments (expanded).</summary>
public sealed record TenantSpec(
    IReadOnlyList<UserSpec> Users,
    IReadOnlyList<SubscriptionSpec> Subscriptions,
    IReadOnlyList<ScenarioEnvironment> Environments);
