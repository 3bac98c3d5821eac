using CmkSim.Contracts;
using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Grains.Tenants;
using CmkSim.Scenarios.Model;

namespace CmkSim.Simulation.Actions;

/// <summary>Users changed during a run, on the tenant grain.</summary>
public sealed partial class GrainPlatform
{
    public Task<Decision> SetEntraRoleAsync(string actor, string user, EntraRole role, bool granted) => Tenant.SetEntraRoleAsync(actor, user, role, granted);

    public Task<Decision> DeactivateUserAsync(string actor, string user) => Tenant.DeactivateUserAsync(actor, user);

    public Task<Decision> RemoveLicenseAsync(string actor, string user, string license) => Tenant.RemoveLicenseAsync(actor, user, license);

    /// <summary>EN-02's sign-in before a tenant user's step (the platform and Microsoft support are no tenant users).</summary>
    public Task<Decision?> SignInAsync(string actor, string operation) =>
        ReservedActors.All.Contains(actor) ? Task.FromResult<Decision?>(null) : Tenant.SignInAsync(actor, operation);

    private ITenantGrain Tenant => grains.Reference<ITenantGrain>(TenantKey.Default);
}
