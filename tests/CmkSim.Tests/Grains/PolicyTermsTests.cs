using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>
/// Adding an environment reads its policy's terms, not the whole view: they say what the view says about the policy
/// and the admin, without the linked environments (issue 12: fetching those per environment cost O(N²)).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PolicyTermsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Terms_match_the_view_without_the_linked_environments()
    {
        var world = await CmkWorld.CreateAsync(fixture, "terms");
        var env = await world.NewEnvironmentAsync("e");
        Assert.True((await env.AddToPolicyAsync(CmkWorld.AdminUser, world.Policy)).Accepted);

        var view = (await world.PolicyGrain.GetAsync())!;
        var reader = (await world.PolicyGrain.GetTermsAsync(CmkWorld.AdminUser))!;
        var stranger = (await world.PolicyGrain.GetTermsAsync("someone-else"))!;
        var missing = await fixture.Grains.GetGrain<Contracts.Policies.IEnterprisePolicyGrain>("ep-terms-never-created").GetTermsAsync(CmkWorld.AdminUser);

        Assert.Single(view.Environments);
        Assert.Equal(view.Definition, reader.Definition);
        Assert.Equal(view.IdentityPrincipal, reader.IdentityPrincipal);
        Assert.True(reader.ActorIsReader);
        Assert.False(stranger.ActorIsReader);
        Assert.Null(missing);
    }
}
