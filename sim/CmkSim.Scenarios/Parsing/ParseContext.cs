using CmkSim.Scenarios.Model;

namespace CmkSim.Scenarios.Parsing;

/// <summary>What steps and expectations are checked against: the declared tenant and the scenario file's folder.</summary>
internal sealed class ParseContext(TenantSpec tenant, string baseDirectory, ErrorSink errors)
{
    public TenantSpec Tenant => tenant;

    /// <summary>The run's silos (<c>platform.silos</c>), which killSilo and restartSilo are checked against.</summary>
    public int Silos { get; init; } = 1;

    public string BaseDirectory => baseDirectory;

    public ErrorSink Errors => errors;

    public IReadOnlyList<string> UserNames { get; } = tenant.Users.Select(u => u.Name).ToList();

    public IReadOnlyList<string> SubscriptionNames { get; } = tenant.Subscriptions.Select(s => s.Name).ToList();

    public EnvironmentMatcher Environments { get; } = new(tenant.Environments, errors);
}
