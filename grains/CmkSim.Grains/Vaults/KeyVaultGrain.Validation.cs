using CmkSim.Domain.Journal;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Journal;
using CmkSim.Grains.Preflight;

namespace CmkSim.Grains.Vaults;

/// <summary>
/// ValidateKeyVaultForCMK run against this vault: its checks (<see cref="KeyVaultPreflight"/>) read the tenant, the
/// policy and this vault (its reads interleave), and the vault journals the answer, a refusal citing the first
/// failing check's rule or the validation passed, as it journals any other operation on it.
/// </summary>
public sealed partial class KeyVaultGrain
{
    public async Task<Decision> ValidateForCmkAsync(string actor, string policy)
    {
        var checks = await KeyVaultPreflight.RunAsync(GrainFactory, time, actor, Vault, policy);
        if (Ep07KeyVaultReference.ValidationRefusal(checks) is { } refused)
        {
            State.Journal.Append($"vault/{Vault}", time.GetUtcNow(), actor,
                new Refused(Operations.ValidateKeyVaultForCmk, $"{Vault}/{policy}", refused.RuleId!, refused.Message));
            await store.WriteStateAsync();
            return refused;
        }

        State.Journal.Append($"vault/{Vault}", time.GetUtcNow(), actor, new KeyVaultValidated(Vault, policy, checks.Count));
        await store.WriteStateAsync();
        return Decision.Accept($"ValidateKeyVaultForCMK: all {checks.Count} checks passed for vault '{Vault}' and policy '{policy}'");
    }
}
