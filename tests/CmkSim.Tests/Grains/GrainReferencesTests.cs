using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Vaults;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary><c>Reference&lt;T&gt;</c> resolves an interface's Orleans types once and must give what <c>GetGrain&lt;T&gt;</c> gives.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainReferencesTests(ClusterFixture fixture)
{
    [Fact]
    public void References_equal_GetGrain_on_the_first_call_and_after_the_types_are_known()
    {
        var grains = fixture.Grains;
        foreach (var key in new[] { "refs-env-a", "refs-env-b", "refs-env-a" })
        {
            var expected = (GrainReference)(object)grains.GetGrain<IEnvironmentGrain>(key);
            var actual = (GrainReference)(object)grains.Reference<IEnvironmentGrain>(key);
            Assert.Equal(expected.GrainId, actual.GrainId);
            Assert.Equal(expected.InterfaceType, actual.InterfaceType);
            Assert.IsAssignableFrom<IEnvironmentGrain>(actual);
        }

        // Another interface on the same factory keeps its own types.
        var vault = (GrainReference)(object)grains.Reference<IKeyVaultGrain>("refs-kv");
        Assert.Equal(((GrainReference)(object)grains.GetGrain<IKeyVaultGrain>("refs-kv")).GrainId, vault.GrainId);
    }
}
