using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>
/// The platform and Microsoft support are not tenant admins. Before, a step "as: support" revoked a policy's key
/// access (locking its environments) and one "as: platform" deleted a customer's vault, both journaled as succeeded;
/// and any tenant user could take an HSM down or kill a silo, blamed by name in the audit log for the platform's fault.
/// </summary>
public sealed class ReservedActorActionTests
{
    [Theory]
    [InlineData("support", "revokeKeyAccess, vault: kv1, policy: ep }", "'support' is Microsoft support, not a tenant admin")]
    [InlineData("support", "assignEntraRole, user: mallory, role: GlobalAdministrator }", "it can't assignEntraRole")]
    [InlineData("platform", "deleteKeyVault, vault: kv1 }", "'platform' is the platform itself, not a tenant admin")]
    [InlineData("platform", "readRecords, environments: sales-1 }", "not readRecords")]
    [InlineData("mallory", "hsmOutage, vault: kv1, for: 1h }", "hsmOutage is a platform event")]
    [InlineData("mallory", "killSilo, silo: 2 }", "killSilo is a platform event")]
    [InlineData("mallory", "injectEncryptionFailure, environments: sales-1 }", "write as: platform")]
    [InlineData("support", "vaultUnreachable, vault: kv1, for: 1h }", "it can't vaultUnreachable")]
    public void A_reserved_actor_taking_a_tenant_admins_action_is_refused_at_the_actor(string actor, string step, string message)
    {
        using var file = new ScenarioFile(Header + $"  - {{ at: 0, as: {actor}, do: " + step + "\n");

        var error = Only(file);

        Assert.StartsWith(file.At(9, actor) + ": steps[1].as: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("support", "readRecords, environments: sales-1 }")]
    [InlineData("platform", "injectEncryptionFailure, environments: sales-1 }")]
    [InlineData("platform", "hsmOutage, vault: kv1, for: 1h }")]
    public void Support_reads_and_the_platform_takes_platform_events(string actor, string step)
    {
        using var file = new ScenarioFile(Header + $"  - {{ at: 0, as: {actor}, do: " + step + "\n");

        Assert.Equal(actor, CmkSim.Scenarios.ScenarioLoader.Load(file.Path).Steps[0].Actor);
    }
}
