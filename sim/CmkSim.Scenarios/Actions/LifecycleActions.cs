using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>An admin deletes environments (EN-02): their data and backups are gone, their status is Deleted.</summary>
public sealed record DeleteEnvironment(EnvironmentSelection Environments) : ScenarioAction<DeleteEnvironment>, IScenarioAction<DeleteEnvironment>
{
    public static ActionSpec Spec { get; } = new("deleteEnvironment", Req("environments", K.Environments));

    public static DeleteEnvironment From(StepArguments a) => new(a.Environments("environments"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        EachEnvironment.RunAsync(Environments, e => platform.DeleteEnvironmentAsync(actor, e));
}

/// <summary>An admin deletes one backup of an environment (EN-02); a restore of it is then refused citing EN-02.</summary>
public sealed record DeleteBackup(string Environment, string BackupName) : ScenarioAction<DeleteBackup>, IScenarioAction<DeleteBackup>
{
    public static ActionSpec Spec { get; } = new("deleteBackup", Req("environment", K.Environment), Req("name", K.Name));

    public static DeleteBackup From(StepArguments a) => new(a.String("environment"), a.String("name"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.DeleteBackupAsync(actor, Environment, BackupName);
}
