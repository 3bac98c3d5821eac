namespace CmkSim.Domain.Environments;

/// <summary>Who owns the key that wraps an environment's data key.</summary>
public enum EncryptionOwner
{
    MicrosoftManaged,
    CustomerManaged,
    Byok,
}
