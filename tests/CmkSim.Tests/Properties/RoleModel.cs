namespace CmkSim.Tests.Properties;

/// <summary>
/// The oracle's own record of who holds what, kept from the tenant as declared and from the steps the platform
/// accepted (never from the product's rule code): Entra roles and whether each user is active (EN-02), Reader on each
/// policy (EP-04, LK-03), which policies exist (EP-01), Azure roles on each vault (KV-03), and which vaults are Managed HSMs.
/// </summary>
public sealed class RoleModel
{
    public static readonly string[] AdminRoles = ["PowerPlatformAdministrator", "Dynamics365ServiceAdministrator", "GlobalAdministrator"];

    private readonly Dictionary<string, HashSet<string>> _entra = new()
    {
        [PropertyTenant.Admin] = ["PowerPlatformAdministrator"],
        [PropertyTenant.Global] = ["GlobalAdministrator"],
        [PropertyTenant.Nobody] = [],
    };

    private readonly HashSet<string> _inactive = [];
    private readonly HashSet<(string Policy, string User)> _readers = [];
    private readonly HashSet<(string Vault, string User, string Role)> _azure = [];
    private readonly HashSet<string> _managedHsms = [];
    private readonly HashSet<string> _policies = [];

    /// <summary>EN-02: an active Entra user with the Power Platform or Dynamics 365 admin role, or a global admin.</summary>
    public bool IsAdmin(string user) => !_inactive.Contains(user) && _entra.TryGetValue(user, out var roles) && roles.Overlaps(AdminRoles);

    /// <summary>EN-02's "active Entra user": a deactivated account can't sign in, whatever it asks.</summary>
    public bool IsActive(string user) => !_inactive.Contains(user);

    public bool IsReader(string policy, string user) => _readers.Contains((policy, user));

    public bool HasAzureRole(string vault, string user, string role) => _azure.Contains((vault, user, role));

    public bool IsManagedHsm(string vault) => _managedHsms.Contains(vault);

    /// <summary>EP-01: a policy exists once a creation of it was accepted, until a deletion of it is.</summary>
    public bool PolicyExists(string policy) => _policies.Contains(policy);

    /// <summary>What an accepted step changes; a refused step changes nothing.</summary>
    public void Accepted(GeneratedStep step)
    {
        string A(string name) => step.Arg(name) ?? "";
        switch (step.Action)
        {
            case "assignEntraRole": _entra[A("user")].Add(A("role")); break;
            case "removeEntraRole": _entra[A("user")].Remove(A("role")); break;
            case "deactivateUser": _inactive.Add(A("user")); break;
            case "grantPolicyReader": _readers.Add((A("policy"), A("user"))); break;
            case "removePolicyReader": _readers.Remove((A("policy"), A("user"))); break;
            // A deleted policy takes its Reader grants with it; a policy created under the name starts with none.
            case "deletePolicy":
            case "createEnterprisePolicy":
                _readers.RemoveWhere(r => r.Policy == (step.Arg("policy") ?? step.Arg("name")));
                if (step.Action == "createEnterprisePolicy")
                {
                    _policies.Add(A("name"));
                }
                else
                {
                    _policies.Remove(A("policy"));
                }

                break;
            case "assignRole": _azure.Add((A("vault"), A("user"), A("role"))); break;
            case "removeRole": _azure.Remove((A("vault"), A("user"), A("role"))); break;
            case "createManagedHsm":
                _managedHsms.Add(A("name"));
                _azure.RemoveWhere(r => r.Vault == A("name"));
                break;
            case "createKeyVault":
                _managedHsms.Remove(A("name"));
                _azure.RemoveWhere(r => r.Vault == A("name"));
                break;
        }
    }
}
