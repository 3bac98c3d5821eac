using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Scenarios;

namespace CmkSim.Tests.Faults;

/// <summary>
/// Adding environments while the vault's HSM is down is refused citing LK-01 (the key did not answer), not KV-06:
/// before, the pre-check's 503 fell through to the permission rule, and the audit log read as a revoked permission.
/// </summary>
public sealed class OutageRefusalRuleTests
{
    [Fact]
    public async Task Adding_environments_during_an_hsm_outage_is_refused_citing_LK01_and_after_it_succeeds()
    {
        using var file = new ScenarioFile("""
            name: outage-add
            seed: 1
            tenant:
              users:
                - { name: admin, roles: [GlobalAdministrator, PowerPlatformAdministrator], licenses: [Microsoft365E5] }
              subscriptions: [ sub ]
              environments:
                - { name: "e-{n}", count: 2, region: europe, type: Production, managed: true, records: 2 }
            steps:
              - { at: 0,  as: admin, do: registerResourceProvider, subscription: sub }
              - { at: 0,  as: admin, do: createKeyVault, name: kv1, subscription: sub, purgeProtection: true }
              - { at: 1h, as: admin, do: createKey, vault: kv1, name: cmk }
              - { at: 2h, as: admin, do: createEnterprisePolicy, name: ep, location: europe, vault: kv1, key: cmk }
              - { at: 3h, as: admin, do: grantKeyAccess, vault: kv1, policy: ep }
              - { at: 3h, as: admin, do: grantPolicyReader, policy: ep, user: admin }
              - { at: 4h, as: platform, do: hsmOutage, vault: kv1, for: 1h }
              - { at: 4h1m, as: admin, do: addEnvironments, policy: ep, environments: e-1 }
              - { at: 6h, as: admin, do: addEnvironments, policy: ep, environments: e-2 }

            """);

        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(file.Path));

        Assert.False(result.Steps[7].Accepted, result.Steps[7].Message);
        Assert.Equal("LK-01", result.Steps[7].RuleId);
        Assert.Contains("503", result.Steps[7].Message, StringComparison.Ordinal);
        Assert.True(result.Steps[8].Accepted, result.Steps[8].Message);
    }
}
