using System.CommandLine;
using CmkSim.Cli.Runs;
using CmkSim.Cli.Terminal;
using CmkSim.Reports.Output;
using CmkSim.Reports.Signing;
using CmkSim.Scenarios;
using CmkSim.Simulation.Hosting;
using CmkSim.Simulation.Runs;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim run</c>: validates every scenario first (no run starts on bad input), then runs them.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var hsm = new HsmCommandOptions();
        var cluster = new ClusterCommandOptions();
        var paths = new Argument<string[]>("paths") { Description = "scenario files or folders (folders: every *.yaml / *.yml inside)", Arity = ArgumentArity.OneOrMore };
        var seed = new Option<long?>("--seed") { Description = "override every scenario's seed" };
        var scale = ScaleOption.Create();
        var inFlight = InFlightOption.Create();
        var output = new Option<string>("--out") { Description = "folder for the reports (one sub-folder per scenario)", DefaultValueFactory = _ => "out" };
        var signingToken = new Option<string?>("--signing-token")
        {
            Description = $"folder of the installation's persistent report-signing key, created on first use (default: ${SigningToken.Variable}, else $XDG_DATA_HOME/cmksim/signing or ~/.local/share/cmksim/signing)",
        };
        var command = new Command("run", "Run scenarios: exit 0 when every expectation holds, 1 when one fails, 2 for invalid input") { paths, seed, scale, inFlight, output, signingToken };
        hsm.AddTo(command);
        cluster.AddTo(command);
        command.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            var (files, missing, linksOut) = ScenarioFiles.Expand(parse.GetValue(paths) ?? []);
            var scenarios = new List<Scenario>();
            var invalid = missing.Count + linksOut.Count;
            foreach (var m in missing)
            {
                Console.Error.WriteLine($"cmksim: {TerminalText.Safe(m)}: no such file or folder");
            }

            linksOut.ToList().ForEach(error => Console.Error.WriteLine(TerminalText.Safe(error.ToString())));

            foreach (var input in files.Select(file => ScenarioInput.Load(file, parse.GetValue(scale))))
            {
                if (input.Scenario is { } scenario)
                {
                    scenarios.Add(scenario);
                }
                else
                {
                    invalid++;
                    input.Errors.ToList().ForEach(error => Console.Error.WriteLine(TerminalText.Safe(error.ToString())));
                }
            }

            if (invalid > 0 || scenarios.Count == 0)
            {
                Console.Error.WriteLine(scenarios.Count == 0 && invalid == 0 ? "cmksim: no scenario files found" : "cmksim: invalid input: no scenario was run");
                return CliErrors.InvalidInput;
            }

            if (await cluster.ClaimAsync(parse, scenarios.Count) is { } refused)
            {
                Console.Error.WriteLine($"cmksim: {refused}");
                return CliErrors.InvalidInput;
            }

            return await ReportOutputErrors.Guard(async () =>
            {
                // Where the reports go is checked before anything runs (bad --out, unsafe or shared folder names,
                // someone else's files in the way), and again just before they are moved into place.
                var plan = RunPlan.Create(parse.GetValue(output)!, scenarios.Select(s => (s.Name, s.NameLocation.ToString())).ToList());
                // The installation's key, the same on every run (opened before anything runs: a bad token is invalid input).
                var signer = SigningToken.Open(SigningToken.Resolve(parse.GetValue(signingToken), Environment.GetEnvironmentVariable));
                // The batch runs the scenarios in this order, starting one cluster each with --silos.
                var pending = new Queue<Scenario>(scenarios);
                var batch = new ScenarioBatch(hsm.Read(parse), plan, parse.GetValue(scale), RunWallClock.Real, new ConsoleBatchObserver(Console.Out, parse.GetValue(scale)), signer)
                {
                    InFlight = InFlightOption.Read(parse, inFlight, cluster.Clustered(parse)),
                    Host = cluster.Factory(parse, Console.Out, () => ClusterHsmTokens.For(pending.Dequeue())),
                };
                var results = await batch.RunAsync(scenarios, parse.GetValue(seed), cancellation);
                return results.All(r => r.Passed) ? CliErrors.Ok : CliErrors.ExpectationFailed;
            });
        }));
        return command;
    }
}
