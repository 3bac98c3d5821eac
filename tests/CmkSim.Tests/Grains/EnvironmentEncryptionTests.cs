using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>Adding environments to a policy and taking them off it: every refusal and consequence by its rule.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EnvironmentEncryptionTests(ClusterFixture fixture)
{
    private const string Admin = CmkWorld.AdminUser;

    [Fact]
    public async Task EN03_adding_disables_the_environment_and_encrypts_it_within_four_days()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en03");
        var env = await world.NewEnvironmentAsync("prod");

        var decision = await env.AddToPolicyAsync(Admin, world.Policy);
        var during = await env.GetAsync();
        var readDuring = await env.ReadRecordsAsync(Admin);
        await fixture.Advance(TimeSpan.FromDays(4));
        var after = await env.GetAsync();
        var key = (await world.VaultGrain.GetKeyAsync("cmk")).Value!;

        Assert.True(decision.Accepted, decision.Message);
        Assert.Equal(EnvironmentStatus.Disabled, during.Status);
        Assert.Equal(0, readDuring.Readable);
        Assert.Equal((EnvironmentStatus.Enabled, EncryptionStatus.Encrypted, "Customer"), (after.Status, after.Encryption, after.KeyManagedBy));
        Assert.Equal(key.Id.Version, after.KeyVersion);
        Assert.Equal(OperationStatus.Succeeded, after.History[^1].Status);
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
    }

    [Theory]
    [InlineData(EnvironmentType.Trial)]
    [InlineData(EnvironmentType.Teams)]
    public async Task EN01_trial_and_Teams_environments_are_refused(EnvironmentType type)
    {
        var world = await CmkWorld.CreateAsync(fixture, $"en01-{type}".ToLowerInvariant());
        var env = await world.NewEnvironmentAsync("e", type);

        Assert.Equal(RuleId.EN01, (await env.AddToPolicyAsync(Admin, world.Policy)).RuleId);
    }

    [Fact]
    public async Task EN01_an_unmanaged_environment_is_refused_until_Managed_Environment_is_enabled()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en01-managed");
        var env = await world.NewEnvironmentAsync("e", managed: false);

        var refused = await env.AddToPolicyAsync(Admin, world.Policy);
        await env.EnableManagedEnvironmentAsync(Admin);
        var accepted = await env.AddToPolicyAsync(Admin, world.Policy);

        Assert.Equal(RuleId.EN01, refused.RuleId);
        Assert.True(accepted.Accepted, accepted.Message);
    }

    [Fact]
    public async Task EN02_only_an_active_admin_may_manage_encryption()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en02");
        var tenant = fixture.Grains.GetGrain<ITenantGrain>("tenant");
        await tenant.AddUserAsync(new TenantUser("maker", [], ["Microsoft365E5"]));
        await tenant.AddUserAsync(new TenantUser("gone", [EntraRole.GlobalAdministrator], ["Microsoft365E5"], Active: false));
        var env = await world.NewEnvironmentAsync("e");

        Assert.Equal(RuleId.EN02, (await env.AddToPolicyAsync("maker", world.Policy)).RuleId);
        Assert.Equal(RuleId.EN02, (await env.AddToPolicyAsync("gone", world.Policy)).RuleId);
        Assert.Equal(RuleId.EN02, (await env.AddToPolicyAsync("stranger", world.Policy)).RuleId);
    }

    [Fact]
    public async Task EN11_an_admin_without_a_qualifying_licence_is_refused()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en11");
        await fixture.Grains.GetGrain<ITenantGrain>("tenant").AddUserAsync(new TenantUser("e3-admin", [EntraRole.PowerPlatformAdministrator], ["Microsoft365E3"]));
        await world.PolicyGrain.GrantReaderAsync(CmkWorld.KvAdmin, "e3-admin");
        var env = await world.NewEnvironmentAsync("e");

        Assert.Equal(RuleId.EN11, (await env.AddToPolicyAsync("e3-admin", world.Policy)).RuleId);
    }

    [Fact]
    public async Task EP04_without_Reader_on_the_policy_an_admin_can_view_it_but_not_add_environments()
    {
        var world = await CmkWorld.CreateAsync(fixture, "ep04");
        await world.PolicyGrain.RemoveReaderAsync(CmkWorld.KvAdmin, Admin);
        var env = await world.NewEnvironmentAsync("e");

        Assert.NotNull(await world.PolicyGrain.GetAsync());
        Assert.Equal(RuleId.EP04, (await env.AddToPolicyAsync(Admin, world.Policy)).RuleId);
    }

    [Fact]
    public async Task EP05_an_environment_in_another_region_is_refused()
    {
        var world = await CmkWorld.CreateAsync(fixture, "ep05");
        var env = await world.NewEnvironmentAsync("e", region: "unitedstates");

        Assert.Equal(RuleId.EP05, (await env.AddToPolicyAsync(Admin, world.Policy)).RuleId);
    }

    [Fact]
    public async Task KV01_a_vault_without_purge_protection_cannot_encrypt_an_environment()
    {
        var world = await CmkWorld.CreateAsync(fixture, "kv01", new KeyVaultSettings("sub", PurgeProtectionEnabled: false));
        var env = await world.NewEnvironmentAsync("e");

        Assert.Equal(RuleId.KV01, (await env.AddToPolicyAsync(Admin, world.Policy)).RuleId);
    }

    [Fact]
    public async Task KV06_a_policy_identity_without_key_permission_cannot_encrypt_an_environment()
    {
        var world = await CmkWorld.CreateAsync(fixture, "kv06-env", grantAccess: false);
        var env = await world.NewEnvironmentAsync("e");

        var refused = await env.AddToPolicyAsync(Admin, world.Policy);

        Assert.Equal(RuleId.KV06, refused.RuleId);
        Assert.Equal(EnvironmentStatus.Enabled, (await env.GetAsync()).Status);
    }

    [Fact]
    public async Task KV05_EP02_EP03_a_policy_needs_a_registered_provider_and_a_listed_location_and_gets_an_identity()
    {
        var policy = fixture.Grains.GetGrain<IEnterprisePolicyGrain>("ep-kv05");
        var unregistered = await policy.CreateAsync(Admin, new EnterprisePolicyDefinition("ep-kv05", "europe", "unregistered-sub", "v-kv05", "cmk"));
        var badPlace = await policy.CreateAsync(Admin, new EnterprisePolicyDefinition("ep-kv05", "atlantis", "sub", "v-kv05", "cmk"));
        await fixture.Grains.GetGrain<ITenantGrain>("tenant").RegisterResourceProviderAsync(Admin, "sub");
        var created = await policy.CreateAsync(Admin, new EnterprisePolicyDefinition("ep-kv05", "europe", "sub", "v-kv05", "cmk"));

        Assert.Equal(RuleId.KV05, unregistered.RuleId);
        Assert.Equal(RuleId.EP02, badPlace.RuleId);
        Assert.Equal(RuleId.EP03, created.RuleId);
        Assert.Equal("ep-kv05-identity", (await policy.GetAsync())!.IdentityPrincipal);
    }

    [Fact]
    public async Task EN04_EP06_removing_reverts_to_the_Microsoft_key_and_a_policy_with_environments_cannot_be_deleted()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en04");
        var env = await world.EncryptedEnvironmentAsync("e");

        var blocked = await world.PolicyGrain.DeleteAsync(Admin);
        var removal = await env.RemoveFromPolicyAsync(Admin);
        var during = await env.GetAsync();
        await fixture.Advance(TimeSpan.FromDays(4));
        var after = await env.GetAsync();

        Assert.Equal(RuleId.EP06, blocked.RuleId);
        Assert.Equal(RuleId.EN04, removal.RuleId);
        Assert.Equal(EnvironmentStatus.Disabled, during.Status);
        Assert.Equal((EncryptionStatus.MicrosoftManaged, "Microsoft", (string?)null), (after.Encryption, after.KeyManagedBy, after.Policy));
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
        Assert.Contains(await env.GetJournalAsync(), e => e is EnvironmentReverted { Rule: RuleId.EN05 });
        Assert.True((await world.PolicyGrain.DeleteAsync(Admin)).Accepted);
    }

    [Fact]
    public async Task EN06_changing_the_key_means_removing_from_one_policy_before_adding_to_another()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en06");
        var env = await world.EncryptedEnvironmentAsync("e");
        var other = await CmkWorld.CreateAsync(fixture, "en06-b");

        Assert.Equal(RuleId.EN06, (await env.AddToPolicyAsync(Admin, other.Policy)).RuleId);
    }

    [Fact]
    public async Task EN12_a_failed_encryption_leaves_data_on_the_Microsoft_key_and_can_be_run_again()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en12");
        var env = await world.NewEnvironmentAsync("e");
        await env.FailNextEncryptionAsync();

        await env.AddToPolicyAsync(Admin, world.Policy);
        await fixture.Advance(TimeSpan.FromDays(4));
        var failed = await env.GetAsync();
        var readable = await env.ReadRecordsAsync(Admin);
        var rerun = await env.AddToPolicyAsync(Admin, world.Policy);
        await fixture.Advance(TimeSpan.FromDays(4));

        Assert.Equal((EnvironmentStatus.Enabled, EncryptionStatus.Failed, "Microsoft"), (failed.Status, failed.Encryption, failed.KeyManagedBy));
        Assert.Equal(OperationStatus.Failed, failed.History[^1].Status);
        Assert.Equal(10, readable.Readable);
        Assert.True(rerun.Accepted, rerun.Message);
        Assert.Equal(EncryptionStatus.Encrypted, (await env.GetAsync()).Encryption);
    }

    [Fact]
    public async Task EN10_flows_from_before_CMK_stay_on_the_Microsoft_key_and_show_Warning()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en10");
        var env = await world.NewEnvironmentAsync("e");
        await env.CreateFlowsAsync(Admin, 3);

        await env.AddToPolicyAsync(Admin, world.Policy);
        await fixture.Advance(TimeSpan.FromDays(4));
        var newFlows = await env.CreateFlowsAsync(Admin, 2);

        Assert.Equal(EncryptionStatus.Warning, (await env.GetAsync()).Encryption);
        Assert.Contains("customer", newFlows.Message);
    }

    [Fact]
    public async Task EN13_BY01_a_BYOK_environment_migrates_by_being_added_and_keeps_no_way_back()
    {
        var world = await CmkWorld.CreateAsync(fixture, "en13");
        var env = await world.NewEnvironmentAsync("byok", byok: true);
        Assert.Equal(EncryptionOwner.Byok, (await env.GetAsync()).Owner);

        var decision = await env.AddToPolicyAsync(Admin, world.Policy);
        await fixture.Advance(TimeSpan.FromDays(4));
        var after = await env.GetAsync();

        Assert.Equal(RuleId.EN13, decision.RuleId);
        Assert.Equal(EncryptionOwner.CustomerManaged, after.Owner);
        Assert.Equal(10, (await env.ReadRecordsAsync(Admin)).Readable);
    }
}
