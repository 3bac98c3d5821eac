namespace CmkSim.Domain.Data;

/// <summary>One record at rest: AES-256-GCM ciphertext with its nonce and tag.</summary>
public sealed record EncryptedRecord(
    byte[] Nonce,
    byte[] Ciphertext,
    byte[] Tag);
