using CmkSim.Domain.Concurrency;
using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

public sealed record WriteRecords(EnvironmentSelection Environments, int Count) : ScenarioAction<WriteRecords>, IScenarioAction<WriteRecords>
{
    public static ActionSpec Spec { get; } = new("writeRecords",
        Req("environments", K.Environments), Req("count", K.Int) with { Max = ScenarioLimits.RecordsPerWrite });

    public static WriteRecords From(StepArguments a) => new(a.Environments("environments"), a.Int("count"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        EachEnvironment.RunAsync(Environments, e => platform.WriteRecordsAsync(actor, e, Count), platform, local: true);
}

/// <summary>Reads every record of each environment; refused when any record can't be decrypted, with the rule and the counts.</summary>
public sealed record ReadRecords(EnvironmentSelection Environments) : ScenarioAction<ReadRecords>, IScenarioAction<ReadRecords>
{
    public static ActionSpec Spec { get; } = new("readRecords", Req("environments", K.Environments));

    public static ReadRecords From(StepArguments a) => new(a.Environments("environments"));

    public override async Task<Decision> ExecuteAsync(IPlatform platform, string actor)
    {
        long readable = 0, unreadable = 0;
        RecordsRead? failed = null;
        // Each environment's read is local (its records, the vault's data plane): in flight side by side, summed in order.
        foreach (var outcome in await InFlightInOrder.RunAsync(Environments.Names, EachEnvironment.InFlight(platform), name => platform.ReadRecordsAsync(actor, name)))
        {
            readable += outcome.Readable;
            unreadable += outcome.Unreadable;
            failed ??= outcome.Failure is null ? null : outcome;
        }

        return failed is null
            ? Decision.Accept($"{readable} records readable")
            : Decision.Refuse(failed.RuleId!, $"{readable} readable, {unreadable} unreadable: {failed.Failure}");
    }
}

public sealed record CreateFlows(EnvironmentSelection Environments, int Count) : ScenarioAction<CreateFlows>, IScenarioAction<CreateFlows>
{
    public static ActionSpec Spec { get; } = new("createFlows",
        Req("environments", K.Environments), Req("count", K.Int) with { Max = ScenarioLimits.FlowsPerStep });

    public static CreateFlows From(StepArguments a) => new(a.Environments("environments"), a.Int("count"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        EachEnvironment.RunAsync(Environments, e => platform.CreateFlowsAsync(actor, e, Count), platform, local: true);
}

/// <summary>A test hook: each environment's next encryption run fails (EN-03's retry path).</summary>
public sealed record InjectEncryptionFailure(EnvironmentSelection Environments)
    : ScenarioAction<InjectEncryptionFailure>, IScenarioAction<InjectEncryptionFailure>, IPlatformEventAction
{
    public static ActionSpec Spec { get; } = new("injectEncryptionFailure", Req("environments", K.Environments));

    public static InjectEncryptionFailure From(StepArguments a) => new(a.Environments("environments"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => EachEnvironment.RunAsync(Environments, async e =>
    {
        await platform.FailNextEncryptionAsync(e);
        return Decision.Accept("the next encryption run will fail");
    });
}

public sealed record Backup(string Environment, string BackupName) : ScenarioAction<Backup>, IScenarioAction<Backup>
{
    public static ActionSpec Spec { get; } = new("backup", Req("environment", K.Environment), Req("name", K.Name));

    public static Backup From(StepArguments a) => new(a.String("environment"), a.String("name"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.BackupAsync(actor, Environment, BackupName);
}

/// <summary>
/// Restores a named backup onto the target, or (<c>pointInTime</c>, counted from the run's start) the target's latest
/// available backup taken at or before that time.
/// </summary>
public sealed record Restore(string? BackupName, string Target, TimeSpan? PointInTime = null) : ScenarioAction<Restore>, IScenarioAction<Restore>
{
    public static ActionSpec Spec { get; } = new("restore",
        [Opt("backup", K.Name), Req("target", K.Environment), Opt("pointInTime", K.Duration)], [["backup"], ["pointInTime"]]);

    public static Restore From(StepArguments a) => new(a.OptionalString("backup"), a.String("target"), a.OptionalDuration("pointInTime"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => BackupName is { } backup
        ? platform.RestoreAsync(actor, backup, Target)
        : platform.RestoreToPointInTimeAsync(actor, Target, PointInTime!.Value);
}

public sealed record Copy(string Source, string Target) : ScenarioAction<Copy>, IScenarioAction<Copy>
{
    public static ActionSpec Spec { get; } = new("copy", Req("source", K.Environment), Req("target", K.Environment));

    public static Copy From(StepArguments a) => new(a.String("source"), a.String("target"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.CopyAsync(actor, Source, Target);
}
