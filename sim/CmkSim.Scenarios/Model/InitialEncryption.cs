namespace CmkSim.Scenarios.Model;

/// <summary>How an environment's data is encrypted before the first step: Microsoft's key, or a legacy BYOK key (BY-01).</summary>
public enum InitialEncryption
{
    MicrosoftManaged,
    Byok,
}
