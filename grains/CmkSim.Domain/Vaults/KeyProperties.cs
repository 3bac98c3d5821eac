using CmkSim.Domain.Keys;

namespace CmkSim.Domain.Vaults;

/// <summary>One key version's properties, named as the Key Vault SDK's <c>KeyProperties</c>.</summary>
public sealed record KeyProperties(
    KeyVersionId Id,
    KeyType KeyType,
    int KeySize,
    bool Enabled,
    DateTimeOffset CreatedOn,
    DateTimeOffset? NotBefore,
    DateTimeOffset? ExpiresOn,
    string PublicKeyFingerprint);
