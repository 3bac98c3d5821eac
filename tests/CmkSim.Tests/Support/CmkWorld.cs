using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Tenants;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;

namespace CmkSim.Tests.Support;

/// <summary>
/// A ready-made CMK setup on the test cluster, named after the test so tests don't share grains: an admin with an
/// E5 licence, a registered subscription, a vault with soft delete and purge protection, an RSA key, a policy in
/// Europe whose identity may use the key, and the admin as Reader on it.
/// </summary>
public sealed class CmkWorld(ClusterFixture fixture, string prefix)
{
    public const string AdminUser = "admin";
    public const string KvAdmin = "kv-admin";

    public string Vault => $"v-{prefix}";

    public string Policy => $"ep-{prefix}";

    public string Identity => $"{Policy}-identity";

    public IKeyVaultGrain VaultGrain => fixture.Grains.GetGrain<IKeyVaultGrain>(Vault);

    public IEnterprisePolicyGrain PolicyGrain => fixture.Grains.GetGrain<IEnterprisePolicyGrain>(Policy);

    public IEnvironmentGrain Env(string name) => fixture.Grains.GetGrain<IEnvironmentGrain>($"{prefix}-{name}");

    public static async Task<CmkWorld> CreateAsync(ClusterFixture fixture, string prefix, KeyVaultSettings? vault = null, bool grantAccess = true)
    {
        var world = new CmkWorld(fixture, prefix);
        var tenant = fixture.Grains.GetGrain<ITenantGrain>("tenant");
        await tenant.AddUserAsync(new TenantUser(AdminUser, [EntraRole.PowerPlatformAdministrator], ["Microsoft365E5"]));
        await tenant.RegisterResourceProviderAsync(AdminUser, "sub");
        Ok(await world.VaultGrain.CreateAsync(KvAdmin, vault ?? new KeyVaultSettings("sub", PurgeProtectionEnabled: true)));
        Ok(await world.VaultGrain.CreateKeyAsync(KvAdmin, "cmk", KeyType.Rsa, 2048));
        Assert.True((await world.PolicyGrain.CreateAsync(AdminUser, new EnterprisePolicyDefinition(world.Policy, "europe", "sub", world.Vault, "cmk"))).Accepted);
        if (grantAccess)
        {
            Ok(await world.VaultGrain.AssignRoleAsync(KvAdmin, world.Identity, KeyVaultRole.KeyVaultCryptoServiceEncryptionUser));
        }

        await world.PolicyGrain.GrantReaderAsync(KvAdmin, AdminUser);
        return world;
    }

    public async Task<IEnvironmentGrain> NewEnvironmentAsync(string name, EnvironmentType type = EnvironmentType.Production,
        bool managed = true, string region = "europe", int records = 10, bool byok = false)
    {
        var env = Env(name);
        await env.CreateAsync(new EnvironmentSpec(type, region, managed, records, byok));
        return env;
    }

    /// <summary>Creates an environment, adds it to the policy and runs the clock until encryption is done.</summary>
    public async Task<IEnvironmentGrain> EncryptedEnvironmentAsync(string name, EnvironmentType type = EnvironmentType.Production, int records = 10)
    {
        var env = await NewEnvironmentAsync(name, type, records: records);
        var decision = await env.AddToPolicyAsync(AdminUser, Policy);
        Assert.True(decision.Accepted, decision.Message);
        await fixture.Advance(TimeSpan.FromDays(4));
        var view = await env.GetAsync();
        Assert.Equal(EncryptionStatus.Encrypted, view.Encryption);
        return env;
    }

    private static void Ok<T>(KeyVaultResult<T> result) => Assert.True(result.Succeeded || result.Status == KeyVaultStatus.Conflict, result.Message);
}
