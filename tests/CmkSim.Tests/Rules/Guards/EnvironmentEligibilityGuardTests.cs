using CmkSim.Domain.Environments;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using static CmkSim.Tests.Rules.Guards.RefusalAssert;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>The guards of Add environment that read the environment and its admin (EN-01, EN-02, EN-03, EN-06, EN-10, EN-11), no cluster.</summary>
public sealed class EnvironmentEligibilityGuardTests
{
    [Theory]
    [InlineData(EnvironmentType.Production)]
    [InlineData(EnvironmentType.Sandbox)]
    [InlineData(EnvironmentType.Developer)]
    [InlineData(EnvironmentType.SupportInvestigation)]
    public void EN01_a_managed_environment_of_an_eligible_type_may_be_added(EnvironmentType type) =>
        Assert.Null(En01PolicyEligibility.Refusal(type, managed: true));

    [Fact]
    public void EN01_trial_and_teams_environments_cant_be_added_at_all_even_when_managed()
    {
        Refuses(RuleId.EN01, "Trial environments can't be added to an enterprise policy", En01PolicyEligibility.Refusal(EnvironmentType.Trial, managed: true));
        Refuses(RuleId.EN01, "Teams environments can't be added to an enterprise policy", En01PolicyEligibility.Refusal(EnvironmentType.Teams, managed: false));
    }

    [Fact]
    public void EN01_only_managed_environments_can_be_added() =>
        Refuses(RuleId.EN01, "only Managed Environments can be added to a policy: enable Managed Environment first",
            En01PolicyEligibility.Refusal(EnvironmentType.Production, managed: false));

    [Theory]
    [InlineData(EntraRole.PowerPlatformAdministrator)]
    [InlineData(EntraRole.Dynamics365ServiceAdministrator)]
    [InlineData(EntraRole.GlobalAdministrator)]
    public void EN02_an_active_user_with_an_admin_role_manages_encryption(EntraRole role) =>
        Assert.Null(En02PowerPlatformAdmin.Refusal("alice", new TenantUser("alice", [role], [])));

    [Fact]
    public void EN02_no_user_an_inactive_user_or_a_user_without_an_admin_role_is_refused()
    {
        Refuses(RuleId.EN02, "'mallory' is not a user of the tenant", En02PowerPlatformAdmin.Refusal("mallory", null));
        Refuses(RuleId.EN02, "'bob' is not an active user",
            En02PowerPlatformAdmin.Refusal("bob", new TenantUser("bob", [EntraRole.PowerPlatformAdministrator], [], Active: false)));
        Refuses(RuleId.EN02, "'carol' holds no Power Platform, Dynamics 365 or global admin role",
            En02PowerPlatformAdmin.Refusal("carol", new TenantUser("carol", [], [])));
    }

    [Fact]
    public void EN03_add_environment_runs_again_on_the_same_policy_only_after_a_failed_encryption()
    {
        Assert.Null(En03Encryption.RunAgainRefusal(null, "p", lastEncryptionFailed: false));
        Assert.Null(En03Encryption.RunAgainRefusal("p", "p", lastEncryptionFailed: true));
        Refuses(RuleId.EN03, "already encrypted with policy 'p': Add environment runs again only after a failed encryption",
            En03Encryption.RunAgainRefusal("p", "p", lastEncryptionFailed: false));
    }

    [Fact]
    public void EN06_changing_the_key_is_remove_from_the_old_policy_then_add_to_the_new_one()
    {
        Assert.Null(En06ChangeKeyWithNewPolicy.Refusal(null, "new"));
        Assert.Null(En06ChangeKeyWithNewPolicy.Refusal("new", "new"));
        Refuses(RuleId.EN06, "on policy 'old': remove it from that policy first, then add it to 'new'", En06ChangeKeyWithNewPolicy.Refusal("old", "new"));
    }

    [Fact]
    public void EN10_finance_and_operations_environments_only_with_Power_Platform_integration()
    {
        Assert.Null(En10FinanceAndOperations.Refusal(financeAndOperationsWithoutIntegration: false));
        Refuses(RuleId.EN10, "finance and operations environments need Power Platform integration for CMK",
            En10FinanceAndOperations.Refusal(financeAndOperationsWithoutIntegration: true));
    }

    [Theory]
    [InlineData("Microsoft365E5")]
    [InlineData("office365a5")]
    [InlineData("InsiderRiskManagement")]
    public void EN11_one_listed_licence_qualifies(string license) =>
        Assert.Null(En11Licensing.Refusal("alice", ["Microsoft365E3", license]));

    [Fact]
    public void EN11_without_a_listed_licence_the_admin_is_refused()
    {
        const string message = "'alice' has none of the licences CMK requires (Microsoft 365 E5/A5/G5 or a listed compliance SKU)";
        Refuses(RuleId.EN11, message, En11Licensing.Refusal("alice", []));
        Refuses(RuleId.EN11, message, En11Licensing.Refusal("alice", ["Microsoft365E3", "NotASku"]));
    }
}
