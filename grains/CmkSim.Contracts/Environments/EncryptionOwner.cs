namespace CmkSim.Contracts.Environments;

/// <summary>Who owns the key that wraps an environment's data key.</summary>
[GenerateSerializer]
public enum EncryptionOwner
{
    MicrosoftManaged,
    CustomerManaged,
    Byok,
}
