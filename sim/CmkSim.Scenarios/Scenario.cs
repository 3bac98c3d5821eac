using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios;

/// <summary>
/// A validated scenario: the tenant it starts from, the steps its actors take at virtual times and what must hold afterwards.
/// <see cref="End"/> is the virtual time the run stops: the last step plus <see cref="Span"/>. <see cref="NameLocation"/>
/// is where the <c>name:</c> value is written, for errors about the name found after validation.
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
    SourceLocation NameLocation)
{
    /// <summary>The platform's own behaviour in the run (<c>platform:</c>): Key Vault throttling, off by default.</summary>
    public PlatformSpec Platform { get; init; } = PlatformSpec.Default;
}
