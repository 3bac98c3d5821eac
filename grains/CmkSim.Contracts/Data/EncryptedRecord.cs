namespace CmkSim.Contracts.Data;

/// <summary>One record at rest: AES-256-GCM ciphertext with its nonce and tag.</summary>
[GenerateSerializer, Immutable]
public sealed record EncryptedRecord(
    [property: Id(0)] byte[] Nonce,
    [property: Id(1)] byte[] Ciphertext,
    [property: Id(2)] byte[] Tag);
