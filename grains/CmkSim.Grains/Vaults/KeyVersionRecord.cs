namespace CmkSim.Grains.Vaults;

/// <summary>One version of a key, as the vault keeps it.</summary>
[GenerateSerializer]
public sealed class KeyVersionRecord
{
    [Id(0)] public string Version { get; set; } = "";

    [Id(1)] public KeyVersionState State { get; set; }

    [Id(2)] public DateTimeOffset CreatedOn { get; set; }

    [Id(3)] public DateTimeOffset? NotBefore { get; set; }

    [Id(4)] public DateTimeOffset? ExpiresOn { get; set; }

    [Id(5)] public string PublicKeyFingerprint { get; set; } = "";
}
