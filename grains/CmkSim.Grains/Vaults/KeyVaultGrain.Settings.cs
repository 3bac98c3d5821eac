using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Vaults;

/// <summary>A vault changed after its creation (KV-01): soft delete, retention, purge protection, permission model.</summary>
public sealed partial class KeyVaultGrain
{
    /// <summary>Operation name of a refused settings change in the journal (the scenario action's name).</summary>
    private const string UpdateKeyVault = "updateKeyVault";

    public async Task<KeyVaultResult<KeyVaultSettings>> UpdateSettingsAsync(string actor, VaultSettingsChange change)
    {
        if (await Missing<KeyVaultSettings>(actor, UpdateKeyVault) is { } missing)
        {
            return missing;
        }

        if (Kv01SoftDeleteRetention.SettingsChangeRefusal(State.Settings!, change) is { } refused)
        {
            return await Refuse<KeyVaultSettings>(actor, UpdateKeyVault, "", KeyVaultStatus.Conflict, refused);
        }

        State.Settings = change.Apply(State.Settings!);
        var settings = State.Settings;
        // A permission-model switch changes who may use the keys: environments re-check their access.
        return await Done(actor, new VaultSettingsChanged(Vault, settings.SoftDeleteEnabled, settings.PurgeProtectionEnabled, settings.PermissionModel),
            settings, NotifyAccessChanged);
    }
}
