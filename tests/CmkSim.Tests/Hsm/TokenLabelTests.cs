using CmkSim.Crypto.Hsm;
using CmkSim.Scenarios.Names;

namespace CmkSim.Tests.Hsm;

/// <summary>
/// A vault's token label can't be spelt by another vault's name: a long name's label joins its head and its hash with
/// '#', which no scenario name holds. Before, vault "longvaultnamef-f28a024e33a" got the token of
/// "longvaultnameforcollision-a" (run namespace "n1-"), and the report merged their HSM figures.
/// </summary>
public sealed class TokenLabelTests
{
    [Fact]
    public void A_long_name_gets_a_label_no_vault_name_spells()
    {
        var label = SoftHsm.TokenLabel("n1-kv-longvaultnameforcollision-a");

        Assert.Equal(32, label.Length);
        Assert.Equal("n1-kv-longvaultnamef#", label[..21]);
        Assert.False(ScenarioNames.IsValid(label["n1-kv-".Length..]), label);
        Assert.Equal("n1-kv-short", SoftHsm.TokenLabel("n1-kv-short"));
    }
}
