namespace CmkSim.Scenarios.Model;

/// <summary>An Azure subscription of the tenant, where vaults and enterprise policies are created.</summary>
public sealed record SubscriptionSpec(string Name, SourceLocation Location);
