namespace CmkSim.Domain.Environments;

/// <summary>Encryption status as the admin center shows it (Encrypted, Failed, Warning), or MicrosoftManaged when on no policy.</summary>
public enum EncryptionStatus
{
    MicrosoftManaged,
    Encrypted,
    Failed,
    Warning,
}
