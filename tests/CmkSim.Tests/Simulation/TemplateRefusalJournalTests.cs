using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Journal;
using CmkSim.Grains.Tenants;
using CmkSim.Simulation.Actions;
using CmkSim.Simulation.Running;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// EP-01: a template checked before the run but gone or broken when its step runs (the file swapped meanwhile) is
/// refused, and the refusal is journaled by the tenant, whose subscription deploys it: the template names no policy yet.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TemplateRefusalJournalTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData("tpl-gone.json", null, "EP-01", "does not exist")]
    [InlineData("tpl-broken.json", "{}", "EP-01", "required property is missing")]
    [InlineData("tpl-nowhere.json", """{ "type": "Microsoft.PowerPlatform/enterprisePolicies", "apiVersion": "2020-10-30", "name": "ep-x", "location": "atlantis", "kind": "Encryption", "identity": { "type": "SystemAssigned" }, "properties": { "encryption": { "state": "Enabled", "keyVault": { "id": "/subscriptions/s/resourceGroups/r/providers/Microsoft.KeyVault/vaults/kv-x", "key": { "name": "cmk" } } } } }""", "EP-02", "location")]
    public async Task A_template_that_cannot_be_read_or_parsed_is_refused_and_journaled_once_by_the_tenant(string template, string? text, string rule, string said)
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-template-").FullName;
        try
        {
            if (text is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, template), text);
            }

            var registry = new RunRegistry();
            var platform = new GrainPlatform(fixture.Grains, registry, fixture.Clock, folder);

            var decision = await platform.CreateEnterprisePolicyFromTemplateAsync("admin", template);

            Assert.False(decision.Accepted);
            Assert.Equal(rule, decision.RuleId);
            Assert.Contains(said, decision.Message, StringComparison.Ordinal);
            var journal = await fixture.Grains.GetGrain<ITenantGrain>(TenantKey.Default).GetJournalAsync();
            var refused = Assert.Single(journal.OfType<Refused>(), r => r.Subject == $"template/{template}");
            Assert.Equal(("createEnterprisePolicy", rule, decision.Message, "admin"), (refused.RefusedOperation, refused.Rule, refused.Reason, refused.Actor));
            Assert.Empty(registry.Policies);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
