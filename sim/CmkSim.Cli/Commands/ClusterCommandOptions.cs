using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CmkSim.Crypto.Hsm;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Cli.Commands;

/// <summary>
/// <c>--cluster</c>, <c>--cluster-id</c> and <c>--silos</c> of <c>run</c> and <c>load</c>: where the run's grains live
/// when not in the embedded silo. Without them nothing changes (and no Redis is needed).
/// </summary>
internal sealed partial class ClusterCommandOptions
{
    public const int MaxSilos = 16;

    public Option<ClusterAddress?> Cluster { get; } = ClusterOption(
        "drive the run as a client of the Redis cluster at redis://HOST:PORT (with --cluster-id: silos already running; with --silos: started on it)");

    public Option<string?> ClusterId { get; } = ClusterIdOption("the running cluster to use (with --cluster); one run per cluster id");

    public Option<int?> Silos { get; } = new("--silos")
    {
        Description = $"start 1 to {MaxSilos} silo processes on loopback (and a redis-server of the run's own unless --cluster is given); a fresh cluster per scenario",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var silos) && silos is >= 1 and <= MaxSilos)
            {
                return silos;
            }

            result.AddError($"--silos: '{Printable(text)}' is not a whole number from 1 to {MaxSilos}");
            return null;
        },
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(ClusterId);
        command.Options.Add(Silos);
        command.Validators.Add(result =>
        {
            // Presence only: reading a value that failed its own parse would throw, and its error is reported already.
            var cluster = result.GetResult(Cluster) is not null;
            var clusterId = result.GetResult(ClusterId) is not null;
            var silos = result.GetResult(Silos) is not null;
            if (clusterId && !cluster)
            {
                result.AddError("--cluster-id needs --cluster redis://HOST:PORT (the cluster's Redis)");
            }
            else if (clusterId && silos)
            {
                result.AddError("--cluster-id and --silos don't go together: --silos starts clusters of its own, each with a fresh id");
            }
            else if (cluster && !clusterId && !silos)
            {
                result.AddError("--cluster needs --cluster-id ID (silos already running) or --silos K (started by this run)");
            }
        });
    }

    /// <summary>True when the run's grains live on a cluster, not in the embedded silo.</summary>
    public bool Clustered(ParseResult parse) => parse.GetValue(Cluster) is not null || parse.GetValue(Silos) is not null;

    /// <summary>The hosting of a clustered run (null when embedded); <paramref name="stats"/> collects each cluster's per-silo figures.</summary>
    /// <param name="hsmTokens">The next scenario's HSM tokens, asked once per scenario (<see cref="ClusterHsmTokens"/>).</param>
    public GrainHostFactory? Factory(ParseResult parse, TextWriter log, Func<IReadOnlyList<string>> hsmTokens, ClusterRunStats? stats = null)
    {
        var redis = parse.GetValue(Cluster);
        if (parse.GetValue(Silos) is { } silos)
        {
            return ClusterRunHost.Launching(silos, redis, SiloProcess, log, stats, hsmTokens);
        }

        return redis is null ? null : ClusterRunHost.Joining(redis, parse.GetValue(ClusterId)!, log, stats);
    }

    /// <summary>
    /// With <c>--cluster-id</c>: one scenario, and a cluster id no run used before (claimed in its Redis). Returns why
    /// not (invalid input), or null when the run may go on.
    /// </summary>
    public async Task<string?> ClaimAsync(ParseResult parse, int scenarios)
    {
        if (parse.GetValue(ClusterId) is not { } clusterId || parse.GetValue(Cluster) is not { } redis)
        {
            return null;
        }

        if (scenarios > 1)
        {
            return $"--cluster-id runs one scenario ({scenarios} given): one run per cluster id; use --silos K for a fresh cluster per scenario";
        }

        var owner = $"cmksim pid {Environment.ProcessId} on {Environment.MachineName}";
        return await ClusterRunClaim.TryClaimAsync(redis, clusterId, owner)
            ? null
            : $"--cluster-id {clusterId}: a run already used this cluster id (its grain state is that run's); start the silos with a fresh one";
    }

    /// <summary>This same program, running <c>cmksim silo …</c>.</summary>
    public static ProcessStartInfo SiloProcess(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!);
        // Run as `dotnet cmksim.dll`: the dll goes first; run as the apphost: the arguments alone.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ClusterCommandOptions).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    public static Option<ClusterAddress?> ClusterOption(string description) => new("--cluster")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (ClusterAddress.TryParse(text, out var address, out var problem))
            {
                return address;
            }

            result.AddError($"--cluster: {problem}");
            return null;
        },
    };

    public static Option<string?> ClusterIdOption(string description, string name = "--cluster-id") => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (IdPattern().IsMatch(text))
            {
                return text;
            }

            result.AddError($"{name}: '{Printable(text)}' is not 1 to 64 letters, digits, '.', '_' or '-'");
            return null;
        },
    };

    public static Option<int> PortOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
            {
                return port;
            }

            result.AddError($"{name}: '{Printable(text)}' is not a port from 1 to 65535");
            return 0;
        },
    };

    private static string Printable(string text) => Scenarios.Names.ScenarioNames.Printable(text, 40);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex IdPattern();
}
