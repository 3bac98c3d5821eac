using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Scenarios;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation.Runbook;

/// <summary>
/// The runbook steps and the expectations added with them, run for real: refusals come back at once with their rule,
/// an accepted step's operation is polled Running then Succeeded, and each true claim holds while its negation fails.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RunbookRunTests
{
    private const string Scenario = """
        name: runbook
        seed: 8
        tenant:
          users:
            - { name: keyadmin, roles: [] }
            - { name: ppadmin, roles: [PowerPlatformAdministrator], licenses: [Microsoft365E5] }
          subscriptions: [ sub-a ]
          environments:
            - { name: "a-{n}", count: 2, region: france, managed: true, records: 3 }
        steps:
          - { at: 0,    as: keyadmin, do: registerResourceProvider, subscription: sub-a }
          - { at: 0,    as: keyadmin, do: createKeyVault, name: kv, subscription: sub-a, purgeProtection: true }
          - { at: 1h,   as: keyadmin, do: createKey, vault: kv, name: cmk }
          - { at: 1h,   as: keyadmin, do: createKey, vault: kv, name: cmk-b }
          - { at: 2h,   as: keyadmin, do: createCMKEnterprisePolicy, name: ep, location: france, vault: kv, key: cmk, operation: create }
          - { at: 2h,   as: keyadmin, do: createCMKEnterprisePolicy, name: ep-x, location: france, vault: kv, key: cmk, keyVersion: 3, operation: never }
          - { at: 2h,   as: keyadmin, do: createEnterprisePolicy, name: ep-b, location: france, vault: kv, key: cmk-b, keyVersion: 1 }
          - { at: 2h1m, as: keyadmin, do: validateKeyVaultForCMK, vault: kv, policy: ep }
          - { at: 3h,   as: keyadmin, do: grantKeyAccess, vault: kv, policy: ep }
          - { at: 3h,   as: keyadmin, do: grantKeyAccess, vault: kv, policy: ep-b }
          - { at: 3h,   as: keyadmin, do: grantPolicyReader, policy: ep, user: ppadmin }
          - { at: 3h,   as: keyadmin, do: grantPolicyReader, policy: ep-b, user: ppadmin }
          - { at: 3h1m, as: keyadmin, do: validateKeyVaultForCMK, vault: kv, policy: ep, operation: validate }
          - { at: 4h,   as: ppadmin, do: addCustomerManagedKeyToEnvironment, policy: ep, environments: "a-*", operation: add }
          - { at: 6d,   as: keyadmin, do: rotateKey, vault: kv, key: cmk }
          - { at: 6d,   as: keyadmin, do: rotateKey, vault: kv, key: cmk-b }
          - { at: 8d,   as: ppadmin, do: swapCustomerManagedKeyForEnvironment, policy: ep-b, environments: "a-*", operation: swap }
          - { at: 18d,  as: ppadmin, do: removeCMKEnterprisePolicy, policy: ep-b, operation: remove-busy }
        expect:
          - { step: 6, refused: KV-07 }
          - { step: 7, refused: false }
          - { step: 8, refused: KV-06 }
          - { step: 13, refused: false }
          - { at: 2h1m, operation: create, operationStatus: Succeeded }
          - { at: 2h1m, operation: never, operationStatus: Succeeded }
          - { at: 4h1m, operation: add, operationStatus: Running }
          - { at: 4h1m, operation: add, operationStatus: Succeeded }
          - { at: 5d, operation: add, operationStatus: Succeeded }
          - { at: 5d, operation: add, operationStatus: Failed }
          - { at: 6d1m, environments: "a-*", resource: searchIndex, keyVersion: previous }
          - { at: 6d1m, environments: "a-*", resource: fileStorage, keyVersion: current }
          - { at: 7d1m, environments: "a-*", resource: searchIndex, keyVersion: current }
          - { at: 8d1m, operation: swap, operationStatus: Running }
          - { at: 17d, operation: swap, operationStatus: Succeeded }
          - { at: 17d, environments: "a-*", keyVersion: previous, keyManagedBy: Customer }
          - { step: 18, refused: EP-06 }
          - { posture: { environmentsWithDataLost: 0, environmentHoursOffline: { atMost: 0 }, backupsUnrestorable: 0, verdict: Sound } }
          - { posture: { environmentsOffline: { atLeast: 1 } } }
          - { posture: { verdict: DataLost } }
          - anyOf: [ { posture: { verdict: DataLost } }, { at: 17d, operation: swap, operationStatus: Succeeded } ]
          - { at: 18d1m, operation: remove-busy, operationStatus: Succeeded }
          - { at: 17d, environments: "a-*", policy: ep-b }
          - { at: 17d, environments: "a-*", policy: ep }
          - { at: 17d, environments: "a-*", policy: none }
          - { at: 3h, environments: "a-*", policy: none }

        """;

    [Fact]
    public async Task Runbook_operations_are_polled_and_each_new_claim_holds_when_true_and_fails_when_false()
    {
        using var file = new ScenarioFile(Scenario);
        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(file.Path));
        var outcomes = result.Expectations;
        string Why(int i) => $"{outcomes[i - 1].Text}: {outcomes[i - 1].Detail}";
        void Holds(int i) => Assert.True(outcomes[i - 1].Passed, Why(i));
        void Fails(int i, string difference)
        {
            Assert.False(outcomes[i - 1].Passed, Why(i));
            Assert.Contains(difference, outcomes[i - 1].Detail, StringComparison.Ordinal);
        }

        Assert.Contains("has no 3 version", result.Steps[5].Message, StringComparison.Ordinal);
        Assert.Contains("check 9 of 13, 'Policy identity has key permissions'", result.Steps[7].Message, StringComparison.Ordinal);
        Assert.StartsWith("202 Accepted, operation 'add'", result.Steps[13].Message, StringComparison.Ordinal);
        foreach (var i in new[] { 1, 2, 3, 4, 5, 7, 9, 11, 13, 14, 15, 16, 17, 18, 21, 23, 26 })
        {
            Holds(i);
        }

        Fails(6, "no operation 'never' has been accepted");
        Fails(8, "Running (2 Running of 2 environments)");
        Fails(10, "Succeeded (2 Succeeded of 2 environments)");
        // A rotation's roll-out takes up to 24 hours per resource: a minute after it, the file storage is not there yet.
        Fails(12, "FileStorage keyVersion expected current, was 1 of 2");
        Fails(19, "environmentsOffline was 0");
        Fails(20, "verdict was Sound");
        Fails(22, "no operation 'remove-busy' has been accepted");
        // The link status: after the swap every environment is linked to ep-b, not ep, and not to none.
        Fails(24, "policy expected ep, was ep-b");
        Fails(25, "policy expected none, was ep-b");
    }
}
