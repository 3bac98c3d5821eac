using System.Globalization;

namespace CmkSim.Cli.Runs;

/// <summary>
/// The one command that replays a run exactly: the scenario file, the seed the run used and the scale. These are all
/// that change a run's outcome (the HSM options and <c>--out</c> do not), so the replay fails the same way.
/// </summary>
internal static class ReplayCommand
{
    public static string For(string scenarioPath, long seed, int scale) =>
        $"cmksim run {Quoted(scenarioPath)} --seed {seed.ToString(CultureInfo.InvariantCulture)} --scale {scale.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A path as a POSIX shell reads it back: as is when plain, else in single quotes.</summary>
    private static string Quoted(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '+' or ':' or ',' or '=')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
