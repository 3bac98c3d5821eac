namespace CmkSim.Grains.Environments;

/// <summary>A backup is available until a reset or the deletion of its locked environment removes it (DB-04, LK-02).</summary>
[GenerateSerializer]
public enum BackupState
{
    Available,
    Deleted,
}
