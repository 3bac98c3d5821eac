using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Scenarios;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation.Language;

/// <summary>
/// Each expectation added for issue 10, run for real: a true claim holds and its negation fails, with the difference
/// named in the detail. One small run checks them all (expectations are independent of each other).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LanguageRunTests
{
    private const string Scenario = """
        name: language
        seed: 5
        tenant:
          users:
            - { name: keyadmin, roles: [] }
            - { name: ppadmin, roles: [PowerPlatformAdministrator], licenses: [Microsoft365E5] }
          subscriptions: [ sub-a ]
          environments:
            - { name: "a-{n}", count: 2, region: france, managed: true, records: 4 }
            - { name: plain, region: france, managed: true, records: 2 }
        steps:
          - { at: 0,     as: keyadmin, do: registerResourceProvider, subscription: sub-a }
          - { at: 0,     as: keyadmin, do: createKeyVault, name: kv, subscription: sub-a, purgeProtection: true }
          - { at: 1h,    as: keyadmin, do: createKey, vault: kv, name: cmk }
          - { at: 2h,    as: keyadmin, do: createEnterprisePolicy, name: ep, location: france, vault: kv, key: cmk }
          - { at: 3h,    as: keyadmin, do: grantKeyAccess, vault: kv, policy: ep }
          - { at: 3h,    as: keyadmin, do: grantPolicyReader, policy: ep, user: ppadmin }
          - { at: 4h,    as: ppadmin, do: addEnvironments, policy: ep, environments: "a-*" }
          - { at: 5d,    as: ppadmin, do: backup, environment: a-1, name: b1 }
          - { at: 5d1h,  as: ppadmin, do: writeRecords, environments: a-1, count: 3 }
          - { at: 5d2h,  as: ppadmin, do: restore, backup: b1, target: plain }
          - { at: 6d,    as: keyadmin, do: rotateKey, vault: kv, key: cmk }
          - { at: 7d1h,  as: keyadmin, do: disableKeyVersion, vault: kv, key: cmk, version: previous }
        expect:
          - { step: 9, refused: false }
          - { step: 10, refused: false }
          - { at: 5d1h1m, environments: a-1, records: 7, readableRecords: 7 }
          - { at: 5d1h1m, environments: a-1, records: 4 }
          - { at: 5d, environments: "a-*", keyVersion: 1, operationStatus: Succeeded }
          - { at: 5d, environments: "a-*", keyVersion: current, operationStatus: Failed }
          - { at: 5d, environments: plain, keyVersion: microsoft }
          - { at: 6d1m, environments: "a-*", keyVersion: previous }
          - { at: 6d1m, environments: "a-*", keyVersion: 2 }
          - { at: 7d, environments: "a-*", keyVersion: 2 }
          - { finding: EN-08, subject: kv/cmk, count: 1, from: 7d1h, to: 7d1h }
          - { finding: EN-08, subject: "kv/*", absent: true }
          - { finding: EN-08, from: 8d }
          - { finding: EN-08, count: 2 }
          - anyOf: [ { step: 10, refused: DB-01 }, { at: 5d3h, environments: plain, records: 4, readableRecords: 4 } ]
          - anyOf: [ { step: 10, refused: DB-01 }, { finding: LK-02 } ]
          - { at: 8d, backup: b1, keyVersion: 1 }
          - { at: 8d, backup: b1, keyVersion: current }
          - { at: 8d, backup: nope, keyVersion: 1 }

        """;

    [Fact]
    public async Task Each_new_expectation_holds_when_true_and_fails_when_false()
    {
        using var file = new ScenarioFile(Scenario);
        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(file.Path));
        var outcomes = result.Expectations;

        string Why(int i) => $"{outcomes[i - 1].Text}: {outcomes[i - 1].Detail}";
        // The step 10 restore is onto a Microsoft-managed environment from a customer-key backup: DB-01 refuses it.
        Assert.True(outcomes[0].Passed, Why(1));
        Assert.False(outcomes[1].Passed, Why(2));
        Assert.True(outcomes[2].Passed, Why(3));
        Assert.False(outcomes[3].Passed, Why(4));
        Assert.Contains("records expected 4, was 7", outcomes[3].Detail);
        Assert.True(outcomes[4].Passed, Why(5));
        Assert.False(outcomes[5].Passed, Why(6));
        Assert.True(outcomes[6].Passed, Why(7));
        Assert.True(outcomes[7].Passed, Why(8));
        Assert.False(outcomes[8].Passed, Why(9));
        Assert.Contains("keyVersion expected 2, was 1 of 2", outcomes[8].Detail);
        Assert.True(outcomes[9].Passed, Why(10));
        Assert.True(outcomes[10].Passed, Why(11));
        Assert.False(outcomes[11].Passed, Why(12));
        Assert.False(outcomes[12].Passed, Why(13));
        Assert.False(outcomes[13].Passed, Why(14));
        Assert.True(outcomes[14].Passed, Why(15));
        Assert.StartsWith("either step 10 is refused citing DB-01 or ", outcomes[14].Text, StringComparison.Ordinal);
        Assert.True(outcomes[15].Passed, Why(16));
        Assert.True(outcomes[16].Passed, Why(17));
        Assert.False(outcomes[17].Passed, Why(18));
        Assert.Contains("3 of 3 data keys differ: Database: 1 of 2", outcomes[17].Detail);
        Assert.False(outcomes[18].Passed, Why(19));
        Assert.Contains("no backup named 'nope'", outcomes[18].Detail);
        Assert.Equal(19, outcomes.Count);
    }
}
