namespace CmkSim.Grains.Environments;

/// <summary>What can happen to a backup.</summary>
public enum BackupTrigger
{
    Delete,
}
