using CmkSim.Domain.Vaults;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Support;

using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>
/// Microsoft's own vaults are out of a tenant's reach. Before, a scenario's user could "create" microsoft-managed (a
/// 409), inject an HSM outage into it and soft-delete it, and every environment's Microsoft-managed data went
/// unreadable: a name in a shared file reached the platform's key. Now naming one is bad input at its file:line:column.
/// </summary>
public sealed class PlatformVaultNameTests
{
    [Theory]
    [InlineData("createKeyVault, name: {0}, subscription: prod-sub }")]
    [InlineData("createManagedHsm, name: {0}, subscription: prod-sub }")]
    [InlineData("createKey, vault: {0}, name: k }")]
    [InlineData("disableKeyVersion, vault: {0}, key: platform-key }")]
    [InlineData("deleteKeyVault, vault: {0} }")]
    [InlineData("hsmOutage, vault: {0}, for: 1h }")]
    [InlineData("hsmLatency, hsm: {0}, add: 1m, for: 1h }")]
    [InlineData("vaultUnreachable, vault: {0}, for: 1h }")]
    [InlineData("forceThrottling, vault: {0}, limit: 1, for: 1h }")]
    [InlineData("grantKeyAccess, vault: {0}, policy: ep }")]
    [InlineData("createEnterprisePolicy, name: ep, location: europe, vault: {0}, key: platform-key }")]
    [InlineData("validateKeyVaultForCMK, vault: {0}, policy: ep }")]
    public void A_step_naming_a_platform_vault_is_refused_at_the_name(string step)
    {
        foreach (var name in PlatformVaultNames.All.Append("Microsoft-Managed"))
        {
            using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: " + step.Replace("{0}", name, StringComparison.Ordinal) + "\n");

            var error = Only(file);

            Assert.StartsWith(file.At(9, name) + ": steps[1].", error, StringComparison.Ordinal);
            Assert.Contains("is the platform's own vault", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_argument_that_names_a_vault_is_of_the_vault_kind()
    {
        var named = ActionCatalog.Actions.Values.SelectMany(a => a.Arguments.Select(arg => (Action: a.Name, Argument: arg)))
            .Where(x => x.Argument.Name is "vault" or "hsm" || (x.Action is "createKeyVault" or "createManagedHsm" && x.Argument.Name == "name"))
            .ToList();

        Assert.True(named.Count >= 25, $"{named.Count} vault arguments");
        Assert.All(named, x => Assert.True(x.Argument.Kind == ArgumentKind.Vault, $"{x.Action}.{x.Argument.Name} is {x.Argument.Kind}"));
    }

    [Fact]
    public void A_policy_template_pointing_at_a_platform_vault_is_refused_before_the_run()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: createEnterprisePolicy, template: templates/cmk.json }\n");
        Directory.CreateDirectory(Path.Combine(file.Folder, "templates"));
        File.WriteAllText(Path.Combine(file.Folder, "templates", "cmk.json"),
            File.ReadAllText(Path.Combine(RepoPaths.Root, "scenarios", "templates", "cmk-europe.json"))
                .Replace("/vaults/kv-contoso", "/vaults/" + PlatformVaultNames.Microsoft, StringComparison.Ordinal));

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => TemplateCheck.ThrowIfInvalid(ScenarioLoader.Load(file.Path))).Errors);

        // At the step, and at the template's own line and column of keyVault.id (before, only the step).
        Assert.Equal(9, error.Where.Line);
        var line = File.ReadAllLines(Path.Combine(file.Folder, "templates", "cmk.json")).ToList().FindIndex(l => l.Contains("\"id\"", StringComparison.Ordinal)) + 1;
        Assert.Matches($@"templates/cmk\.json:{line}:\d+: .*keyVault\.id: key vault name 'microsoft-managed' is the platform's own vault.* \(rule EP-07\)", error.Message);
    }
}
