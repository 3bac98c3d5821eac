namespace CmkSim.Contracts.Environments;

/// <summary>Encryption status as the admin center shows it (Encrypted, Failed, Warning), or MicrosoftManaged when on no policy.</summary>
[GenerateSerializer]
public enum EncryptionStatus
{
    MicrosoftManaged,
    Encrypted,
    Failed,
    Warning,
}
