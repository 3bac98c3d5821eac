using System.Reflection;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Scenarios;

/// <summary>
/// Issue 9 §4: one typed record per action, whose schema and execution live together, so an action the parser
/// accepts is an action the platform can run (there is no "not modelled" left to reach).
/// </summary>
public sealed class TypedActionTests
{
    private static readonly Type[] ActionRecords = typeof(ScenarioAction).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ScenarioAction)) && !t.IsAbstract)
        .ToArray();

    [Fact]
    public void Every_action_name_maps_to_exactly_one_typed_record_named_after_it()
    {
        Assert.NotEmpty(ActionCatalog.Actions);
        Assert.Equal(ActionCatalog.Actions.Keys.Order(StringComparer.Ordinal), ActionCatalog.Types.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, type) in ActionCatalog.Types)
        {
            Assert.Same(ActionCatalog.Actions[name], type.Spec);
            Assert.Equal(name, type.Spec.Name);
            Assert.Single(ActionRecords, t => t == type.Type);
            Assert.True(type.Type.IsSealed, $"{type.Type.Name} is not sealed");
            Assert.Equal(char.ToUpperInvariant(name[0]) + name[1..], type.Type.Name);
        }

        // And every record is in the catalogue: none hides from the parser.
        Assert.Equal(ActionRecords.Length, ActionCatalog.Types.Count);
        Assert.Equal(ActionRecords.Length, ActionCatalog.Types.Values.Select(t => t.Type).Distinct().Count());
    }

    [Fact]
    public async Task Every_action_builds_from_arguments_its_schema_accepts_and_runs_on_the_platform()
    {
        foreach (var (name, type) in ActionCatalog.Types)
        {
            var action = ActionCatalog.Build(name, MinimalArguments(type.Spec));
            Assert.IsType(type.Type, action);
            Assert.Equal(name, action.Name);

            var platform = RecordingPlatform.Create();
            var decision = await action.ExecuteAsync(platform, "alice");
            Assert.True(decision.Accepted, $"{name}: {decision.Message}");
        }
    }

    [Fact]
    public void A_step_carries_its_typed_action_with_its_arguments()
    {
        using var file = new ScenarioFile("""
            name: typed
            span: 1d
            tenant:
              users: [ { name: alice, roles: [GlobalAdministrator], licenses: [Microsoft365E5] } ]
              subscriptions: [ { name: sub } ]
              environments: [ { name: "env-{n}", count: 2, region: europe, type: Production, managed: true, records: 1 } ]
            steps:
              - { at: 0,  as: alice, do: createKeyVault, name: kv1, subscription: sub, permissionModel: AccessPolicy }
              - { at: 1h, as: alice, do: createKey, vault: kv1, name: cmk, type: RSA-HSM, expires: 90d }
              - { at: 2h, as: alice, do: rotateKey, vault: kv1, key: cmk }
              - { at: 3h, as: alice, do: disableKeyVersion, vault: kv1, key: cmk, version: previous }
              - { at: 4h, as: alice, do: setAccessPolicy, vault: kv1, policy: p1, permissions: [get, WrapKey] }
              - { at: 5h, as: alice, do: writeRecords, environments: "env-*", count: 3 }
            """);

        var steps = ScenarioLoader.Load(file.Path).Steps;

        var vault = Assert.IsType<CreateKeyVault>(steps[0].Do);
        Assert.Equal(("kv1", "sub", VaultPermissionModel.AccessPolicy), (vault.VaultName, vault.Settings.Subscription, vault.Settings.PermissionModel));
        Assert.Equal(new CreateKey("kv1", "cmk", KeyType.RsaHsm, 2048, null, TimeSpan.FromDays(90)), steps[1].Do);
        Assert.Equal(new RotateKey("kv1", "cmk"), steps[2].Do);
        Assert.Equal(new DisableKeyVersion("kv1", "cmk", "previous"), steps[3].Do);
        Assert.Equal(KeyPermissions.Get | KeyPermissions.WrapKey, Assert.IsType<SetAccessPolicy>(steps[4].Do).Permissions);
        var write = Assert.IsType<WriteRecords>(steps[5].Do);
        Assert.Equal(3, write.Count);
        Assert.Equal(["env-1", "env-2"], write.Environments.Names);
        Assert.All(steps, s => Assert.Equal(s.Action, s.Do.Name));
    }

    [Fact]
    public void Every_library_scenario_parses_into_typed_actions()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml");
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var scenario = ScenarioLoader.Load(path);
            Assert.NotEmpty(scenario.Steps);
            foreach (var step in scenario.Steps)
            {
                Assert.IsType(ActionCatalog.Types[step.Action].Type, step.Do);
            }
        }
    }

    [Fact]
    public async Task Environment_steps_speak_with_the_first_refusal_and_count_the_rest()
    {
        var selection = new EnvironmentSelection(["env-*"], ["env-1", "env-2", "env-3"]);
        var platform = RecordingPlatform.Create(environment => environment == "env-1"
            ? Decision.Accept("reset")
            : Decision.Refuse(RuleId.LK02, $"{environment} is locked"));

        var decision = await new Reset(selection).ExecuteAsync(platform, "alice");

        Assert.Equal((false, RuleId.LK02, "2 of 3 refused: env-2 is locked"), (decision.Accepted, decision.RuleId, decision.Message));
        Assert.Equal(["ResetAsync env-1", "ResetAsync env-2", "ResetAsync env-3"], ((RecordingPlatform)(object)platform).Calls);
    }

    /// <summary>The smallest arguments a schema accepts: every required argument, and the first group of a one-of.</summary>
    private static StepArguments MinimalArguments(ActionSpec spec)
    {
        var given = spec.Arguments.Where(a => a.Required).Select(a => a.Name)
            .Concat(spec.OneOf.Count == 0 ? [] : spec.OneOf[0])
            .ToHashSet(StringComparer.Ordinal);
        return new StepArguments(spec.Arguments.Where(a => given.Contains(a.Name)).ToDictionary(a => a.Name, ValueOf, StringComparer.Ordinal));
    }

    private static object ValueOf(ArgumentSpec spec) => spec.Kind switch
    {
        ArgumentKind.Int => 1,
        ArgumentKind.Bool => true,
        ArgumentKind.Share => 0.5,
        ArgumentKind.Duration => TimeSpan.FromDays(30),
        ArgumentKind.Environments => new EnvironmentSelection(["env-*"], ["env-1", "env-2"]),
        ArgumentKind.Enum => spec.Values[0],
        ArgumentKind.EnumList => new List<string> { spec.Values[0] },
        ArgumentKind.StringList => new List<string> { "x" },
        ArgumentKind.KeyVersion => "previous",
        _ => "x",
    };

    /// <summary>An <see cref="IPlatform"/> that accepts every operation (or answers as told, per environment) and records the calls in order.</summary>
    public class RecordingPlatform : DispatchProxy
    {
        private Func<string, Decision> answer = _ => Decision.Accept("ok");

        public List<string> Calls { get; } = [];

        public static IPlatform Create(Func<string, Decision>? perEnvironment = null)
        {
            var platform = DispatchProxy.Create<IPlatform, RecordingPlatform>();
            if (perEnvironment is not null)
            {
                ((RecordingPlatform)(object)platform).answer = perEnvironment;
            }

            return platform;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var method = targetMethod!;
            // Environment operations take (actor, environment, …); the answer is chosen by the environment.
            var subject = args is { Length: >= 2 } && method.GetParameters()[1].Name == "environment" ? (string)args[1]! : "";
            Calls.Add($"{method.Name} {subject}".TrimEnd());
            if (method.ReturnType == typeof(Task<Decision>))
            {
                return Task.FromResult(answer(subject));
            }

            return method.ReturnType == typeof(Task<RecordsRead>)
                ? Task.FromResult(new RecordsRead(1, 0, null, null))
                : Task.CompletedTask;
        }
    }
}
