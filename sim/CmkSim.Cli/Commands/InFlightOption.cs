using System.CommandLine;
using System.Globalization;
using CmkSim.Scenarios.Names;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Commands;

/// <summary>
/// <c>--in-flight K</c>, shared by <c>run</c> and <c>load</c>: how many environments' local events run at once. The
/// results are the same for every K (the engine's batches don't depend on it); only the wall time changes.
/// </summary>
internal static class InFlightOption
{
    public const int Max = 1024;

    public static Option<int> Create() => new("--in-flight")
    {
        Description = $"environments whose local events run at once, 1 to {Max} (default {ScenarioRunner.DefaultInFlight}, {ScenarioRunner.DefaultClusterInFlight} on a cluster; results are the same for every value)",
        DefaultValueFactory = _ => ScenarioRunner.DefaultInFlight,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var inFlight) && inFlight is >= 1 and <= Max)
            {
                return inFlight;
            }

            result.AddError($"--in-flight: '{ScenarioNames.Printable(text, 40)}' is not a whole number from 1 to {Max}");
            return ScenarioRunner.DefaultInFlight;
        },
    };

    /// <summary>The value given, or the default for where the grains run: a cluster's calls wait on loopback, so it
    /// keeps more in flight (<see cref="ScenarioRunner.DefaultClusterInFlight"/>).</summary>
    public static int Read(ParseResult parse, Option<int> option, bool clustered) =>
        parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option)
        : clustered ? ScenarioRunner.DefaultClusterInFlight : ScenarioRunner.DefaultInFlight;
}
