using CmkSim.Contracts.Keys;

namespace CmkSim.Contracts.Vaults;

/// <summary>One key version's properties, named as the Key Vault SDK's <c>KeyProperties</c>.</summary>
[GenerateSerializer, Immutable]
public sealed record KeyProperties(
    [property: Id(0)] KeyVersionId Id,
    [property: Id(1)] KeyType KeyType,
    [property: Id(2)] int KeySize,
    [property: Id(3)] bool Enabled,
    [property: Id(4)] DateTimeOffset CreatedOn,
    [property: Id(5)] DateTimeOffset? NotBefore,
    [property: Id(6)] DateTimeOffset? ExpiresOn,
    [property: Id(7)] string PublicKeyFingerprint);
