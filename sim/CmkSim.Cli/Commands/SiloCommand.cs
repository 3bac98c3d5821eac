using System.CommandLine;
using System.Diagnostics;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Cli.Commands;

/// <summary>
/// <c>cmksim silo</c>: one silo process of a Redis cluster. Prints one ready line once it has joined, runs until
/// SIGINT/SIGTERM (or until the run that started it is gone), then leaves the cluster cleanly and exits 0.
/// </summary>
internal static class SiloCommand
{
    public static Command Create()
    {
        var hsm = new HsmCommandOptions();
        var cluster = ClusterCommandOptions.ClusterOption("the cluster's Redis, redis://HOST:PORT (membership and grain state)");
        cluster.Required = true;
        var clusterId = ClusterCommandOptions.ClusterIdOption("the cluster to join (default: cmksim); use a fresh one per run: stale rows of an earlier run slow the start");
        var serviceId = ClusterCommandOptions.ClusterIdOption("keys the grain state in Redis (default: the cluster id)", "--service-id");
        var port = ClusterCommandOptions.PortOption("--port", "silo-to-silo port on 127.0.0.1 (default: a free one)");
        var gatewayPort = ClusterCommandOptions.PortOption("--gateway-port", "client gateway port on 127.0.0.1 (default: a free one)");
        // Set by `--silos K`: the silo leaves when the run that started it is gone, even if that run was killed.
        var parent = new Option<int?>("--parent-pid") { Hidden = true };
        // Set by `--silos K`: the run's HSM tokens, created before the silo joins (ClusterHsmTokens says why).
        var hsmTokens = new Option<string?>("--hsm-tokens") { Hidden = true };
        var command = new Command("silo", "Run one silo process of a CmkSim cluster on Redis until SIGINT/SIGTERM")
        {
            cluster, clusterId, serviceId, port, gatewayPort, parent, hsmTokens,
        };
        hsm.AddTo(command);
        command.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            var options = new ClusterSiloOptions(parse.GetValue(cluster)!, parse.GetValue(clusterId) ?? "cmksim")
            {
                ServiceId = parse.GetValue(serviceId),
                SiloPort = parse.GetValue(port),
                GatewayPort = parse.GetValue(gatewayPort),
                Hsm = hsm.Read(parse),
                HsmTokens = (parse.GetValue(hsmTokens) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            };
            ClusterSilo silo;
            try
            {
                silo = await ClusterSilo.StartAsync(options, cancellation);
            }
            catch (ClusterUnreachableException unreachable)
            {
                await Console.Error.WriteLineAsync($"cmksim silo: {CliErrors.OneLine(unreachable.Message)}");
                return CliErrors.Failure;
            }

            await using (silo)
            {
                await Console.Out.WriteLineAsync($"{ClusterSiloProcess.ReadyPrefix}: cluster {options.ClusterId} at {options.Redis}, " +
                                                 $"silo 127.0.0.1:{silo.SiloPort}, gateway {silo.GatewayPort}, pid {Environment.ProcessId}");
                await Console.Out.FlushAsync(CancellationToken.None);
                await WaitForStopAsync(parse.GetValue(parent), cancellation);
            }

            return CliErrors.Ok;
        }));
        return command;
    }

    // Until a signal, or until the parent process is gone (checked each second: a killed run leaves no silo behind).
    private static async Task WaitForStopAsync(int? parentPid, CancellationToken cancellation)
    {
        try
        {
            if (parentPid is not { } pid)
            {
                var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                await using var registration = cancellation.Register(() => stopped.TrySetResult());
                await stopped.Task;
                return;
            }

            using var parent = TryGetProcess(pid);
            using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1));
            while (parent is { HasExited: false } && await tick.WaitForNextTickAsync(cancellation))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // SIGINT/SIGTERM: the ordinary way to stop a silo.
        }
    }

    private static Process? TryGetProcess(int pid)
    {
        try
        {
            return Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            // Already gone: stop at once.
            return null;
        }
    }
}
