namespace CmkSim.Domain.Compliance;

/// <summary>
/// What a finding type means to the tenant, kept in its rule's home beside the check: a title, the risk it states and
/// the remediation (what the tenant should change).
/// </summary>
public sealed record FindingGuidance(string Title, string Risk, string Remediation);
