namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule LK-01: "Any of these locks every CMK environment on the policy at once: revoking the policy's vault or key
/// permission; disabling or deleting the key or its current version; deleting the vault or the enterprise policy;
/// turning off public network access (without the trusted-services bypass) or adding network rules that Microsoft
/// services can't pass. Only the key vault side can cause it; Power Platform admins get no warning." The lock itself
/// is the environment machine's (its guard names LK-01); this is the write that meets a key that stopped answering
/// before the environment locked.
/// </summary>
[RuleHome(RuleId.LK01)]
public static class Lk01KeyAccessLoss
{
    /// <param name="keyError">What the key answered when a record's data key was wrapped or unwrapped, or null when it answered.</param>
    [Enforces(RuleId.LK01)]
    public static Decision? WriteRefusal(string? keyError) => keyError is null ? null : Decision.Refuse(RuleId.LK01, keyError);

    /// <summary>A wrap or unwrap at a vault that is gone (deleted, or never there): the key can't answer.</summary>
    [Enforces(RuleId.LK01)]
    public static Decision VaultGoneRefusal(string vault) => Decision.Refuse(RuleId.LK01, $"vault '{vault}' not found");

    /// <summary>A wrap or unwrap with a key or version that is gone.</summary>
    [Enforces(RuleId.LK01)]
    public static Decision KeyGoneRefusal(string keyUri) => Decision.Refuse(RuleId.LK01, $"key '{keyUri}' not found");
}
