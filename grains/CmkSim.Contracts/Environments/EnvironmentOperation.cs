using CmkSim.Domain.Environments;
namespace CmkSim.Contracts.Environments;

/// <summary>Timed platform work an environment schedules on the engine's queue and is called back for.</summary>
[GenerateSerializer]
public enum EnvironmentOperation
{
    EncryptionDue,
    RevertDue,
    ReEnableDue,
    LockExpiryDue,
}
