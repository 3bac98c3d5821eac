using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;
using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios.Lifecycle;

/// <summary>deleteEnvironment, deleteBackup and restore's two forms (a named backup or a point in time) parse into their records; misuse is an error at the step.</summary>
public sealed class LifecycleActionGrammarTests
{
    [Fact]
    public void The_lifecycle_actions_parse_into_their_typed_records()
    {
        using var file = new ScenarioFile(Header + """
              - { at: 1d, as: mallory, do: backup, environment: sales-1, name: day1 }
              - { at: 2d, as: mallory, do: deleteBackup, environment: sales-1, name: day1 }
              - { at: 3d, as: mallory, do: restore, target: sales-1, pointInTime: 1d12h }
              - { at: 3d, as: mallory, do: restore, backup: day1, target: sales-2 }
              - { at: 4d, as: mallory, do: deleteEnvironment, environments: "sales-*" }

            """);

        var steps = ScenarioLoader.Load(file.Path).Steps;

        Assert.Equal(new DeleteBackup("sales-1", "day1"), steps[1].Do);
        Assert.Equal(new Restore(null, "sales-1", TimeSpan.FromHours(36)), steps[2].Do);
        Assert.Equal(new Restore("day1", "sales-2"), steps[3].Do);
        Assert.Equal(["sales-1", "sales-2", "sales-3"], Assert.IsType<DeleteEnvironment>(steps[4].Do).Environments.Names);
    }

    [Theory]
    [InlineData("backup: day1, target: sales-1, pointInTime: 1d", "mixes both forms")]
    [InlineData("target: sales-1", "gives neither form")]
    public void Restore_takes_a_backup_or_a_point_in_time(string arguments, string problem)
    {
        using var file = new ScenarioFile(Header + $"  - {{ at: 0, as: mallory, do: restore, {arguments} }}\n");

        Assert.Equal($"{file.Path}:9:5: steps[1]: restore {problem}: expected 'backup' or 'pointInTime'", Only(file));
    }

    [Fact]
    public async Task Restore_calls_the_platform_for_its_form()
    {
        var platform = TypedActionTests.RecordingPlatform.Create();

        await new Restore(null, "sales-1", TimeSpan.FromDays(2)).ExecuteAsync(platform, "alice");
        await new Restore("day1", "sales-1").ExecuteAsync(platform, "alice");
        await new DeleteEnvironment(new CmkSim.Scenarios.Model.EnvironmentSelection(["sales-*"], ["sales-1", "sales-2"])).ExecuteAsync(platform, "alice");
        await new DeleteBackup("sales-1", "day1").ExecuteAsync(platform, "alice");

        Assert.Equal(["RestoreToPointInTimeAsync", "RestoreAsync", "DeleteEnvironmentAsync sales-1", "DeleteEnvironmentAsync sales-2", "DeleteBackupAsync sales-1"],
            ((TypedActionTests.RecordingPlatform)(object)platform).Calls);
    }
}
