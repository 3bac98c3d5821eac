namespace CmkSim.Domain.Vaults;

/// <summary>Key permissions of a vault access policy; CMK needs Get, WrapKey and UnwrapKey (rule KV-06).</summary>
[Flags]
public enum KeyPermissions
{
    None = 0,
    Get = 1,
    List = 2,
    Create = 4,
    Update = 8,
    Delete = 16,
    Recover = 32,
    Purge = 64,
    WrapKey = 128,
    UnwrapKey = 256,
    Encrypt = 512,
    Decrypt = 1024,
    Cmk = Get | WrapKey | UnwrapKey,
}
