using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Tenants;
using CmkSim.Domain.Vaults;
using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Simulation.Language;

/// <summary>
/// The change actions run on the grains: each accepted change is journaled as its typed event, each refused one as a
/// refusal citing its rule, and the change counts for the steps after it (library scenario 20): a policy
/// updated to name a key version keeps its environment on that version through a rotation.
/// </summary>
[Collection(CmkSim.Tests.Support.ClusterCollection.Name)]
public sealed class ChangeActionRunTests
{
    [Fact]
    public async Task Vault_and_user_changes_are_typed_events_and_take_effect_on_later_steps()
    {
        var result = await new ScenarioRunner(new HsmOptions()).RunAsync(ScenarioLoader.Load(ScenarioDeterminismTests.ScenarioPath("20-vault-and-people-change.yaml")));

        Assert.True(result.Passed, string.Join("\n", result.Expectations.Where(e => !e.Passed).Select(e => $"{e.Text}: {e.Detail}")));
        var settings = Assert.Single(result.Journal.OfType<VaultSettingsChanged>());
        Assert.Equal(("kv-ca", true, true, VaultPermissionModel.AzureRbac), (settings.Vault, settings.SoftDelete, settings.PurgeProtection, settings.PermissionModel));
        Assert.Equal([("ppadmin", EntraRole.PowerPlatformAdministrator)], result.Journal.OfType<EntraRoleRemoved>().Select(e => (e.User, e.Role)));
        Assert.Equal([("ppadmin", EntraRole.PowerPlatformAdministrator)], result.Journal.OfType<EntraRoleAssigned>().Select(e => (e.User, e.Role)));
        Assert.Equal(["leaver"], result.Journal.OfType<UserDeactivated>().Select(e => e.User));
        Assert.Equal([("d365admin", "Microsoft365E5")], result.Journal.OfType<LicenseRemoved>().Select(e => (e.User, e.License)));
        var updated = Assert.Single(result.Journal.OfType<PolicyUpdated>());
        Assert.Equal(("ep-pin", "kv-ca", "cmk"), (updated.Definition.Name, updated.Definition.Vault, updated.Definition.KeyName));
        Assert.NotNull(updated.Definition.KeyVersion);
        var refused = result.Journal.OfType<Refused>().Select(r => (r.RefusedOperation, r.Rule)).ToList();
        Assert.Contains(("updateKeyVault", "KV-01"), refused);
        Assert.Contains(("deactivateUser", "EN-02"), refused);
        Assert.Contains(("removeEntraRole", "EN-02"), refused);
        Assert.Contains(("updateEnterprisePolicy", "EP-06"), refused);
    }
}
