using System.Globalization;
using CmkSim.Scenarios;
using CsCheck;
using Xunit.Abstractions;

namespace CmkSim.Tests.Properties;

/// <summary>
/// Properties that must hold under any sequence of actions (issue 13): random, seeded, shrinkable sequences run each on
/// a fresh engine and silo, checked after every step by <see cref="PropertyOracle"/>. A failure prints the CsCheck seed
/// and the shrunk sequence as a scenario file (`cmksim run case.yaml --seed S` replays it). The suite runs
/// <see cref="DefaultRuns"/> sequences; CMKSIM_PROPERTY_RUNS=N runs N, CMKSIM_PROPERTY_SEED=S replays a CsCheck seed.
/// </summary>
public sealed class PropertyTests(ITestOutputHelper output)
{
    public const int DefaultRuns = 20;

    [Fact]
    public async Task Any_sequence_of_actions_keeps_the_properties()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("CMKSIM_PROPERTY_RUNS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultRuns;
        var seed = Environment.GetEnvironmentVariable("CMKSIM_PROPERTY_SEED");
        var accepted = 0;
        var steps = 0;
        await ActionSequences.Runs().SampleAsync(async run =>
        {
            var done = await PropertyRun.ExecuteAsync(run);
            try
            {
                Interlocked.Add(ref accepted, done.Result.Steps.Count(s => s.Accepted));
                Interlocked.Add(ref steps, run.Steps.Count);
                var violations = PropertyOracle.Violations(done);
                if (violations.Count > 0)
                {
                    throw new PropertyViolation(string.Join(Environment.NewLine, violations));
                }
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(done.ReportFolder)!, recursive: true);
            }
        }, writeLine: output.WriteLine, seed: seed, iter: runs, threads: 1,
        print: run => Environment.NewLine + PropertyTenant.ToYaml(run, header: $"replay: cmksim run case.yaml --seed {run.Seed}"));
        output.WriteLine($"{runs} sequences, {steps} steps, {accepted} accepted");
    }

    [Fact]
    public void Every_printed_sequence_is_a_valid_scenario()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-property-print-").FullName;
        try
        {
            var actions = new HashSet<string>();
            ActionSequences.Runs().Sample(run =>
            {
                var scenario = ScenarioLoader.Parse(PropertyTenant.ToYaml(run), Path.Combine(folder, "case.yaml"));
                Assert.Equal(run.Steps.Count, scenario.Steps.Count);
                Assert.Equal(run.Seed, scenario.Seed);
                lock (actions)
                {
                    actions.UnionWith(run.Steps.Select(s => s.Action));
                }
            }, iter: 400, threads: 1);

            // Every action the generator lists appears in some sequence of the 400.
            Assert.True(actions.Count >= 40, $"only {actions.Count} actions generated: {string.Join(", ", actions.Order())}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_printed_sequence_runs_as_printed_and_the_oracle_passes_a_careful_admin()
    {
        var run = new GeneratedRun(3, 5,
        [
            Step(0, PropertyTenant.Admin, "registerResourceProvider", ("subscription", PropertyTenant.Subscription)),
            Step(1, PropertyTenant.Admin, "createKeyVault", ("name", "kv1"), ("subscription", PropertyTenant.Subscription), ("softDelete", "true"), ("purgeProtection", "true")),
            Step(1, PropertyTenant.Admin, "createKey", ("vault", "kv1"), ("name", "cmk1"), ("type", "RSA"), ("size", "2048")),
            Step(1, PropertyTenant.Admin, "createEnterprisePolicy", ("name", "ep1"), ("location", "europe"), ("vault", "kv1"), ("key", "cmk1")),
            Step(1, PropertyTenant.Admin, "grantKeyAccess", ("vault", "kv1"), ("policy", "ep1")),
            Step(1, PropertyTenant.Nobody, "addEnvironments", ("policy", "ep1"), ("environments", "prod")),
            Step(1, PropertyTenant.Admin, "grantPolicyReader", ("policy", "ep1"), ("user", PropertyTenant.Admin)),
            Step(1, PropertyTenant.Admin, "addEnvironments", ("policy", "ep1"), ("environments", "prod")),
            Step(5 * 24 * 60, PropertyTenant.Admin, "backup", ("environment", "prod"), ("name", "b1")),
            Step(60, PropertyTenant.Admin, "revokeKeyAccess", ("vault", "kv1"), ("policy", "ep1")),
            Step(60, PropertyTenant.Global, "readRecords", ("environments", "prod")),
            Step(31 * 24 * 60, PropertyTenant.Admin, "readRecords", ("environments", "prod")),
        ]);

        var done = await PropertyRun.ExecuteAsync(run);
        try
        {
            Assert.Equal(run.Steps.Count, done.Result.Steps.Count);
            Assert.False(done.Result.Steps[5].Accepted); // nobody is no admin and no Reader
            Assert.True(done.Result.Steps[7].Accepted, done.Result.Steps[7].Message);
            var violations = PropertyOracle.Violations(done);
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
            Assert.NotEmpty(done.Captured.DataKeys);
            Assert.Equal(run.Steps.Count + 1, done.Captured.Observations.Count);

            // The printed file is what `cmksim run` reads; run on its own, it gives the same answers step for step.
            var file = Path.Combine(Path.GetDirectoryName(done.ReportFolder)!, "case.yaml");
            var again = await new CmkSim.Simulation.Running.ScenarioRunner(new CmkSim.Crypto.Hsm.HsmOptions()).RunAsync(ScenarioLoader.Load(file), seed: run.Seed);
            Assert.Equal(done.Result.Steps.Select(s => (s.Accepted, s.RuleId)), again.Steps.Select(s => (s.Accepted, s.RuleId)));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(done.ReportFolder)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_printed_sequence_replays_as_observed_without_the_observer()
    {
        // What `cmksim run case.yaml --seed S` does with a printed case: the same step answers and the same journal,
        // but for the observer's own reads one second after each step (extra lines in the observed run only).
        var runs = ActionSequences.Runs(maxSteps: 8).Array[3].Single(_ => true, "0BRAiTM9jDk5");
        foreach (var run in runs)
        {
            var done = await PropertyRun.ExecuteAsync(run);
            try
            {
                var file = Path.Combine(Path.GetDirectoryName(done.ReportFolder)!, "case.yaml");
                var again = await new CmkSim.Simulation.Running.ScenarioRunner(new CmkSim.Crypto.Hsm.HsmOptions()).RunAsync(ScenarioLoader.Load(file), seed: run.Seed);
                Assert.Equal(done.Result.Steps.Select(s => (s.Accepted, s.RuleId, s.Message)), again.Steps.Select(s => (s.Accepted, s.RuleId, s.Message)));
                var observed = done.Captured.Observations.Select(o => o.At).ToHashSet();
                Assert.Equal(Lines(done.Result.Journal.Where(e => !observed.Contains(e.Time))), Lines(again.Journal));
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(done.ReportFolder)!, recursive: true);
            }
        }

        static List<string> Lines(IEnumerable<CmkSim.Domain.Journal.JournalEvent> journal) =>
            journal.Select(e => $"{e.Time:O} {e.Actor} {e.Operation} {e.Target} {e.Outcome} {e.Rule}").ToList();
    }

    [Fact]
    public async Task The_oracle_finds_a_planted_pin_or_data_key_and_a_forbidden_success()
    {
        var run = new GeneratedRun(2, 1,
        [
            Step(0, PropertyTenant.Admin, "writeRecords", ("environments", "prod"), ("count", "2")),
            Step(1, PropertyTenant.Nobody, "reset", ("environments", "prod")),
        ]);
        var done = await PropertyRun.ExecuteAsync(run);
        try
        {
            Assert.Empty(PropertyOracle.Secrets(done));
            var key = done.Captured.DataKeys.First();
            File.AppendAllText(Path.Combine(done.ReportFolder, "audit.jsonl"), $"{{\"leak\":\"{Convert.ToBase64String(key)}\"}}\n");
            File.WriteAllText(Path.Combine(done.ReportFolder, "notes.txt"), done.Pin);
            var secrets = PropertyOracle.Secrets(done).ToList();
            Assert.Contains(secrets, s => s.Contains("(base64) appears in audit.jsonl", StringComparison.Ordinal));
            Assert.Contains(secrets, s => s.StartsWith("the HSM PIN appears in notes.txt", StringComparison.Ordinal));

            // Were nobody's reset accepted, deny by default would name it: the oracle's role model says nobody is no admin.
            var roles = new RoleModel();
            Assert.False(roles.IsAdmin(PropertyTenant.Nobody));
            roles.Accepted(Step(0, PropertyTenant.Global, "assignEntraRole", ("user", PropertyTenant.Nobody), ("role", "PowerPlatformAdministrator")));
            Assert.True(roles.IsAdmin(PropertyTenant.Nobody));
            roles.Accepted(Step(0, PropertyTenant.Global, "deactivateUser", ("user", PropertyTenant.Nobody)));
            Assert.False(roles.IsAdmin(PropertyTenant.Nobody));
            Assert.False(done.Result.Steps[1].Accepted);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(done.ReportFolder)!, recursive: true);
        }
    }

    private static GeneratedStep Step(int minutes, string actor, string action, params (string, string)[] args) =>
        new(TimeSpan.FromMinutes(minutes), actor, action, args);

    private sealed class PropertyViolation(string message) : Exception(message);
}
