namespace CmkSim.Scenarios.Model;

/// <summary>An environment's encryption state as the admin center shows it.</summary>
public enum EncryptionStatus
{
    Encrypted,
    Failed,
    Warning,
    MicrosoftManaged,
}
