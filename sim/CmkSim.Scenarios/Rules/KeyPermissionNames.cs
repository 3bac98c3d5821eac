namespace CmkSim.Scenarios.Rules;

/// <summary>
/// Key Vault's key permission names that <c>setAccessPolicy</c> accepts: the members of
/// <c>CmkSim.Contracts.Vaults.KeyPermissions</c> less None and the Cmk shorthand. Mirrored here because scenarios
/// don't reference the contracts; a test checks the two lists agree.
/// </summary>
public static class KeyPermissionNames
{
    public static IReadOnlyList<string> All { get; } =
        ["Get", "List", "Create", "Update", "Delete", "Recover", "Purge", "WrapKey", "UnwrapKey", "Encrypt", "Decrypt"];
}
