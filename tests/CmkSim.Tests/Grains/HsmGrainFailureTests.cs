using CmkSim.Contracts.Hsm;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

/// <summary>An HSM failure on one silo reaches a caller elsewhere in the cluster as itself, with its cause.</summary>
[Collection(ClusterCollection.Name)]
public sealed class HsmGrainFailureTests(ClusterFixture fixture)
{
    [Fact]
    public async Task An_HSM_error_crosses_the_cluster_as_an_HsmException_with_its_error_kind()
    {
        var hsm = fixture.Grains.GetGrain<IHsmGrain>("hsm-failure");

        var e = await Assert.ThrowsAsync<HsmException>(() => hsm.UnwrapAsync("no/such/key", KeyWrapAlgorithm.RsaOaep, new byte[256]));

        Assert.Equal(HsmError.KeyNotFound, e.Error);
        Assert.Contains("no/such/key", e.Message);
    }

    [Fact]
    public async Task A_PKCS11_failure_inside_the_HSM_keeps_its_return_value_across_the_cluster()
    {
        var hsm = fixture.Grains.GetGrain<IHsmGrain>("hsm-failure");
        await hsm.CreateRsaKeyAsync("damaged/input", 2048);

        var e = await Assert.ThrowsAsync<HsmException>(() => hsm.UnwrapAsync("damaged/input", KeyWrapAlgorithm.RsaOaep, new byte[256]));

        Assert.Equal(HsmError.DecryptionFailed, e.Error);
        Assert.Contains("CKR_", e.Message);
    }
}
