using CmkSim.Scenarios;

namespace CmkSim.Tests.Throttling;

/// <summary>The scenario's <c>platform: { throttling: … }</c> block: defaults, overrides and errors at file:line:column.</summary>
public sealed class PlatformThrottlingParsingTests
{
    private const string Rest = """
        tenant:
          users: [ { name: admin, roles: [PowerPlatformAdministrator], licenses: [Microsoft365E5] } ]
          environments: [ { name: env-1, region: europe } ]
        steps: []
        expect: []
        """;

    private static Scenario Parse(string platform) => ScenarioLoader.Parse($"name: t\nseed: 1\n{platform}\n{Rest}", "t.yaml");

    [Fact]
    public void Without_a_platform_block_throttling_is_off()
    {
        Assert.False(ScenarioLoader.Parse($"name: t\nseed: 1\n{Rest}", "t.yaml").Platform.Throttling.Enabled);
    }

    [Fact]
    public void A_throttling_block_is_on_with_the_published_limits_unless_overridden()
    {
        var settings = Parse("platform:\n  throttling:\n    vaultLimits: { rsa2048: 7 }\n    subscriptionMultiplier: 2").Platform.Throttling;
        Assert.True(settings.Enabled);
        Assert.Equal((7, 500, 250, 10, 2), (settings.Vault.Rsa2048, settings.Vault.Rsa3072, settings.Vault.Rsa4096, settings.Vault.Create, settings.SubscriptionMultiplier));
        Assert.False(Parse("platform: { throttling: { enabled: false } }").Platform.Throttling.Enabled);
    }

    [Theory]
    [InlineData("platform: { throttling: { vaultLimits: { rsa2048: 0 } } }", "t.yaml:3:", "platform.throttling.vaultLimits.rsa2048")]
    [InlineData("platform: { throttling: { enabeld: true } }", "t.yaml:3:", "platform.throttling.enabeld")]
    [InlineData("platform: { throttle: {} }", "t.yaml:3:", "platform.throttle")]
    [InlineData("platform: { throttling: { enabled: maybe } }", "t.yaml:3:", "platform.throttling.enabled")]
    public void Bad_values_are_reported_at_their_position_with_their_field(string platform, string where, string field)
    {
        var e = Assert.Throws<ScenarioValidationException>(() => Parse(platform));
        var error = Assert.Single(e.Errors);
        Assert.StartsWith(where, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(field, error.ToString(), StringComparison.Ordinal);
    }
}
