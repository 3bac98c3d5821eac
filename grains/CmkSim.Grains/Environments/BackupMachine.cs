using Stateless;

namespace CmkSim.Grains.Environments;

/// <summary>A backup's transitions, in one place.</summary>
internal static class BackupMachine
{
    public static StateMachine<BackupState, BackupTrigger> Create(BackupRecord backup)
    {
        var machine = new StateMachine<BackupState, BackupTrigger>(() => backup.State, s => backup.State = s);
        machine.Configure(BackupState.Available).Permit(BackupTrigger.Delete, BackupState.Deleted);
        machine.Configure(BackupState.Deleted).Ignore(BackupTrigger.Delete);
        return machine;
    }
}
