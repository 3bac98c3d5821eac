using CmkSim.Contracts.Tenants;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Policies;

namespace CmkSim.Grains.Tenants;

/// <summary>A policy deployment's template, read by the tenant: one that can't be read or parsed is refused (EP-01) and journaled here.</summary>
public sealed partial class TenantGrain
{
    public async Task<PolicyTemplateReading> ReadPolicyTemplateAsync(string actor, string template, string? json, string? problem)
    {
        Decision refusal;
        if (json is null)
        {
            refusal = Ep01PolicyTemplate.UnreadableTemplateRefusal(template, problem ?? "the template could not be read");
        }
        else
        {
            try
            {
                return new PolicyTemplateReading(EnterprisePolicyTemplate.Parse(json, template).ToDefinition(), null);
            }
            catch (TemplateValidationException invalid)
            {
                refusal = Ep01PolicyTemplate.MalformedTemplateRefusal(template, invalid.Message, invalid.RuleId);
            }
        }

        Journal(actor, new Refused(Operations.CreateEnterprisePolicy, $"template/{template}", refusal.RuleId!, refusal.Message));
        await store.WriteStateAsync();
        return new PolicyTemplateReading(null, refusal);
    }
}
