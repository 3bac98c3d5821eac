using System.CommandLine;
using CmkSim.Cli.Bench;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim bench ...</c>: performance measured against a raw baseline in the same run.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var hsm = new HsmCommandOptions();
        var seconds = new Option<double>("--seconds") { Description = "wall time of each measurement", DefaultValueFactory = _ => 1.0 };
        var sizes = new Option<int[]>("--sizes") { Description = "RSA key sizes", DefaultValueFactory = _ => [2048, 3072, 4096], AllowMultipleArgumentsPerToken = true };
        var threads = new Option<int[]>("--threads") { Description = "thread counts", DefaultValueFactory = _ => [1, 2], AllowMultipleArgumentsPerToken = true };
        var hsmCommand = new Command("hsm", "RSA wrap/unwrap and AES-GCM rates: bare Pkcs11Interop vs CmkSim's HSM layer vs the HSM grain")
        {
            seconds,
            sizes,
            threads,
        };
        hsm.AddTo(hsmCommand);
        hsmCommand.SetAction((parse, cancellation) => CliErrors.Guard(() =>
            new HsmBenchmark(new SiloHostOptions { Hsm = hsm.Read(parse) }, parse.GetValue(sizes)!, parse.GetValue(threads)!,
                TimeSpan.FromSeconds(parse.GetValue(seconds)), Console.Out).RunAsync(cancellation)));
        return new Command("bench", "Benchmarks that print ratios against a raw baseline measured in the same run") { hsmCommand, Engine(), Cluster() };
    }

    private static Command Engine()
    {
        var hsm = new HsmCommandOptions();
        var events = new Option<int>("--events") { Description = "events (and grain calls) per measurement", DefaultValueFactory = _ => 200_000 };
        var inFlight = new Option<int>("--in-flight") { Description = "grain calls in flight in the parallel baseline", DefaultValueFactory = _ => 256 };
        foreach (var option in new[] { events, inFlight })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{option.Name} must be at least 1.");
                }
            });
        }

        var command = new Command("engine", "Engine event dispatch vs bare grain calls (sequential and K in flight) on the embedded silo")
        {
            events,
            inFlight,
        };
        hsm.AddTo(command);
        command.SetAction((parse, cancellation) => CliErrors.Guard(() =>
            new EngineBenchmark(new SiloHostOptions { Hsm = hsm.Read(parse) }, parse.GetValue(events), parse.GetValue(inFlight), Console.Out)
                .RunAsync(cancellation)));
        return command;
    }

    private static Command Cluster()
    {
        var hsm = new HsmCommandOptions();
        var calls = new Option<int>("--calls") { Description = "grain calls per measurement", DefaultValueFactory = _ => 100_000 };
        var inFlight = new Option<int>("--in-flight") { Description = "grain calls in flight", DefaultValueFactory = _ => 8 };
        var silos = new Option<int>("--silos") { Description = "silo processes (1 to 16), started on loopback with a redis-server of their own", DefaultValueFactory = _ => 3 };
        foreach (var (option, max) in new[] { (calls, 10_000_000), (inFlight, 10_000), (silos, 16) })
        {
            option.Validators.Add(result =>
            {
                var value = result.GetValueOrDefault<int>();
                if (value < 1 || value > max)
                {
                    result.AddError($"{option.Name} must be 1 to {max:N0}, not {value}.");
                }
            });
        }

        var command = new Command("cluster", "Grain calls across processes (a cluster client to K silo processes) vs in one process: rate and CPU per call")
        {
            calls,
            inFlight,
            silos,
        };
        hsm.AddTo(command);
        command.SetAction((parse, cancellation) => CliErrors.Guard(() =>
            new ClusterBenchmark(new SiloHostOptions { Hsm = hsm.Read(parse) }, parse.GetValue(silos), parse.GetValue(calls),
                parse.GetValue(inFlight), Console.Out).RunAsync(cancellation)));
        return command;
    }
}
