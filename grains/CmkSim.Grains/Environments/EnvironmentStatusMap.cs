using CmkSim.Contracts.Environments;
using CmkSim.Domain.Environments;

namespace CmkSim.Grains.Environments;

/// <summary>The admin center's words for the encryption facts (the lifecycle's own: <c>EnvironmentLifecycleModel.Status</c>).</summary>
internal static class EnvironmentStatusMap
{
    public static EncryptionStatus Encryption(EnvironmentState s) =>
        s.Policy is null ? EncryptionStatus.MicrosoftManaged
        : s.LastEncryptionFailed ? EncryptionStatus.Failed
        : s.Owner != EncryptionOwner.CustomerManaged ? EncryptionStatus.MicrosoftManaged
        : s.Flows.Records.Count > 0 ? EncryptionStatus.Warning   // EN-10: older flows stay on the Microsoft key
        : EncryptionStatus.Encrypted;
}
