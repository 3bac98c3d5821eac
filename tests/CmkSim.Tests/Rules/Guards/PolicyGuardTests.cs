using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using static CmkSim.Tests.Rules.Guards.RefusalAssert;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>The enterprise policy's guards (EP-01, EP-02, EP-04, EP-05, EP-07, KV-05), no cluster.</summary>
public sealed class PolicyGuardTests
{
    [Fact]
    public void EP01_a_policy_is_created_once_and_a_policy_never_created_is_not_found()
    {
        Assert.Null(Ep01PolicyTemplate.CreateRefusal("p", canCreate: true));
        Refuses(RuleId.EP01, "policy 'p' already exists: it is created once from its template", Ep01PolicyTemplate.CreateRefusal("p", canCreate: false));
        Refuses(RuleId.EP01, "policy 'p' not found (never created from its template, or deleted)", Ep01PolicyTemplate.NotFoundRefusal("p"));
    }

    [Fact]
    public void EP02_the_location_is_one_of_the_listed_ones()
    {
        var allowed = new SortedSet<string>(PolicyLocationNames.All, StringComparer.Ordinal);

        Assert.Equal(17, allowed.Count);
        Assert.All(["unitedstates", "europe", "singapore", "norway"], l => Assert.Null(Ep02PolicyLocation.Refusal(l, allowed)));
        Refuses(RuleId.EP02, $"location 'westeurope' is not one of {string.Join(", ", allowed)}", Ep02PolicyLocation.Refusal("westeurope", allowed));
        Assert.NotNull(Ep02PolicyLocation.Refusal("Europe", allowed)); // ARM spells locations in lower case
    }

    [Fact]
    public void EP04_add_environment_needs_the_Reader_role_on_an_existing_policy()
    {
        Assert.Null(Ep04PolicyReader.AddRefusal("alice", "p", policyExists: true, isReader: true));
        Refuses(RuleId.EP04, "enterprise policy 'p' not found", Ep04PolicyReader.AddRefusal("alice", "p", policyExists: false, isReader: false));
        Refuses(RuleId.EP04, "'alice' can view policy 'p' but needs the Reader role on it to add environments",
            Ep04PolicyReader.AddRefusal("alice", "p", policyExists: true, isReader: false));
    }

    [Fact]
    public void EP04_remove_environment_needs_the_Reader_role_too()
    {
        Assert.Null(Ep04PolicyReader.RemoveRefusal("alice", "p", isReader: true));
        Refuses(RuleId.EP04, "'alice' needs the Reader role on policy 'p'", Ep04PolicyReader.RemoveRefusal("alice", "p", isReader: false));
    }

    [Fact]
    public void EP05_only_environments_in_the_policys_region_can_be_added()
    {
        Assert.Null(Ep05SameRegion.Refusal("europe", "europe"));
        Refuses(RuleId.EP05, "the environment is in 'unitedstates', the policy in 'europe'", Ep05SameRegion.Refusal("unitedstates", "europe"));
    }

    [Fact]
    public void EP07_the_policys_keyVault_id_must_name_an_existing_vault()
    {
        Assert.Null(Ep07KeyVaultReference.VaultRefusal("kv", vaultExists: true));
        Refuses(RuleId.EP07, "the policy's keyVault.id names vault 'kv', which does not exist", Ep07KeyVaultReference.VaultRefusal("kv", vaultExists: false));
    }

    [Fact]
    public void KV05_the_resource_provider_must_be_registered_before_a_policy_is_created()
    {
        Assert.Null(Kv05ResourceProvider.Refusal("sub-1", registered: true));
        Refuses(RuleId.KV05, "Microsoft.PowerPlatform is not registered on subscription 'sub-1'", Kv05ResourceProvider.Refusal("sub-1", registered: false));
    }
}
