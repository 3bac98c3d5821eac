using CmkSim.Domain.Vaults;
namespace CmkSim.Contracts.Vaults;

/// <summary>Timed work of a key: rotation by its policy, the expiry notice, and the end of soft-delete retention.</summary>
[GenerateSerializer]
public enum KeyTimer
{
    Rotation,
    ExpiryNotice,
    RetentionElapsed,
}
