using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios;

/// <summary>
/// A validated scenario: the tenant it starts from, the steps its actors take at virtual times and what must hold afterwards.
/// <see cref="End"/> is the virtual time the run stops: the last step plus <see cref="Span"/>.
/// </summary>
public sealed record Scenario(
    string Name,
    string Description,
    long Seed,
    TimeSpan Span,
    TimeSpan End,
    string SourcePath,
    TenantSpec Tenant,
    IReadOnlyList<ScenarioStep> Steps,
    IReadOnlyList<Expectation> Expectations,
    SourceLocation NameLocation);
