using System.CommandLine;
using CmkSim.Cli.Load;
using CmkSim.Cli.Terminal;
using CmkSim.Reports.Output;
using CmkSim.Reports.Signing;
using CmkSim.Simulation.Hosting;
using CmkSim.Simulation.Load;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim load</c>: the load workload at a size, with its figures against the bound set by its own HSM work.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var hsm = new HsmCommandOptions();
        var cluster = new ClusterCommandOptions();
        var environments = new Option<int>("--environments") { Description = $"environments (1 to {LoadWorkload.MaxEnvironments:N0})", DefaultValueFactory = _ => 10_000 };
        var policies = new Option<int>("--policies") { Description = "enterprise policies the environments are spread over", DefaultValueFactory = _ => 10 };
        var vaults = new Option<int>("--vaults") { Description = "key vaults the policies' keys live in", DefaultValueFactory = _ => 2 };
        var days = new Option<int>("--days") { Description = $"simulated days ({LoadWorkload.MinDays} to {LoadWorkload.MaxDays})", DefaultValueFactory = _ => 90 };
        var seed = new Option<long>("--seed") { Description = "the run's seed", DefaultValueFactory = _ => 1 };
        var inFlight = InFlightOption.Create();
        var output = new Option<string>("--out") { Description = "folder for the load report", DefaultValueFactory = _ => "out" };
        var signingToken = new Option<string?>("--signing-token")
        {
            Description = $"folder of the installation's persistent report-signing key (default: ${SigningToken.Variable}, else $XDG_DATA_HOME/cmksim/signing or ~/.local/share/cmksim/signing)",
        };
        var throttling = new Option<bool>("--throttling")
        {
            Description = "apply Key Vault's published service limits in simulated time (429 + Retry-After, SDK back-off); the run then dispatches one event at a time",
        };
        var command = new Command("load",
            "Run the load workload (onboarding, CMK link, rotations, records, a revocation with unlock, a revert) and measure it against the bound its HSM work sets at bare rates measured in the same run")
        {
            environments, policies, vaults, days, seed, inFlight, throttling, output, signingToken,
        };
        hsm.AddTo(command);
        cluster.AddTo(command);
        command.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            var workload = new LoadWorkload(parse.GetValue(environments), parse.GetValue(policies), parse.GetValue(vaults), parse.GetValue(days), parse.GetValue(seed), parse.GetValue(throttling));
            if (workload.Problems() is { Count: > 0 } problems)
            {
                problems.ToList().ForEach(p => Console.Error.WriteLine($"cmksim: {p}"));
                return CliErrors.InvalidInput;
            }

            if (await cluster.ClaimAsync(parse, 1) is { } refused)
            {
                Console.Error.WriteLine($"cmksim: {refused}");
                return CliErrors.InvalidInput;
            }

            return await ReportOutputErrors.Guard(async () =>
            {
                var signer = SigningToken.Open(SigningToken.Resolve(parse.GetValue(signingToken), Environment.GetEnvironmentVariable));
                var clusterStats = cluster.Clustered(parse) ? new ClusterRunStats() : null;
                return await new LoadBenchmark(workload, hsm.Read(parse), parse.GetValue(output)!, signer, Console.Out, InFlightOption.Read(parse, inFlight, cluster.Clustered(parse)))
                {
                    Host = cluster.Factory(parse, Console.Out,
                        () => ClusterHsmTokens.For(CmkSim.Scenarios.ScenarioLoader.Parse(workload.ToYaml(), workload.Name + ".yaml")), clusterStats),
                    ClusterStats = clusterStats,
                }.RunAsync(cancellation);
            });
        }));
        return command;
    }
}
