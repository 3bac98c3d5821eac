using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Simulation.Actions;

/// <summary>A vault changed after its creation.</summary>
public sealed partial class GrainPlatform
{
    public async Task<Decision> UpdateKeyVaultAsync(string actor, string vault, VaultSettingsChange change) =>
        Answer(await Vault(vault).UpdateSettingsAsync(actor, change));
}
