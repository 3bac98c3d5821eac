using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;

namespace CmkSim.Grains.Tenants;

/// <summary>
/// Users changed during a run: Entra roles given or taken, accounts deactivated (EN-02), licences removed (EN-11).
/// The checks that read users (EN-02, EN-11) read them when they run, so a change counts from its moment on. A change
/// that changes nothing (a role not held, a licence not held, an account already inactive) is refused, citing the
/// rule it would have served, so a script that assumes a state it does not have is told.
/// </summary>
public sealed partial class TenantGrain
{
    public async Task<Decision> SetEntraRoleAsync(string actor, string user, EntraRole role, bool granted)
    {
        var operation = granted ? UserOperations.AssignEntraRole : UserOperations.RemoveEntraRole;
        var current = Known(user);
        if (En02PowerPlatformAdmin.UserChangeRefusal(user, current, role, granted, deactivate: false) is { } refused)
        {
            return await RefuseChange(actor, operation, user, refused);
        }

        var roles = granted ? current!.Roles.Append(role).ToList() : current!.Roles.Where(r => r != role).ToList();
        return await Change(actor, current with { Roles = roles },
            granted ? new EntraRoleAssigned(user, role) : new EntraRoleRemoved(user, role), $"{role} {(granted ? "assigned to" : "removed from")} '{user}'");
    }

    public async Task<Decision> DeactivateUserAsync(string actor, string user)
    {
        var current = Known(user);
        if (En02PowerPlatformAdmin.UserChangeRefusal(user, current, null, granted: false, deactivate: true) is { } refused)
        {
            return await RefuseChange(actor, UserOperations.DeactivateUser, user, refused);
        }

        return await Change(actor, current! with { Active = false }, new UserDeactivated(user), $"'{user}' deactivated");
    }

    public async Task<Decision> RemoveLicenseAsync(string actor, string user, string license)
    {
        var current = Known(user);
        if (En11Licensing.LicenseRemovalRefusal(user, current, license) is { } refused)
        {
            return await RefuseChange(actor, UserOperations.RemoveLicense, user, refused);
        }

        return await Change(actor, current! with { Licenses = current.Licenses.Where(l => l != license).ToList() },
            new LicenseRemoved(user, license), $"{license} removed from '{user}'");
    }

    /// <remarks>Refused and journaled here, once per step, whatever the step would have touched: the account never got that far.</remarks>
    public async Task<Decision?> SignInAsync(string actor, string operation) =>
        En02PowerPlatformAdmin.SignInRefusal(actor, Known(actor)) is { } refused ? await RefuseChange(actor, operation, actor, refused) : null;

    private TenantUser? Known(string user) => store.State.Users.GetValueOrDefault(user);

    private async Task<Decision> Change(string actor, TenantUser changed, JournalEvent e, string message)
    {
        store.State.Users[changed.Name] = changed;
        Journal(actor, e);
        await store.WriteStateAsync();
        return new Decision(true, message, e.Rule);
    }

    private async Task<Decision> RefuseChange(string actor, string operation, string user, Decision refusal)
    {
        Journal(actor, new Refused(operation, $"user/{user}", refusal.RuleId!, refusal.Message));
        await store.WriteStateAsync();
        return refusal;
    }
}
