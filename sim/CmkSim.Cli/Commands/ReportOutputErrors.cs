using CmkSim.Cli.Terminal;
using CmkSim.Reports.Output;
using CmkSim.Reports.Signing;

namespace CmkSim.Cli.Commands;

/// <summary>
/// The bad input a command that writes signed reports can meet before anything runs — an unusable signing token, a
/// --out that is not ours to write — printed in one place, each as exit 2.
/// </summary>
internal static class ReportOutputErrors
{
    public static async Task<int> Guard(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (SigningTokenException e)
        {
            Console.Error.WriteLine($"cmksim: {TerminalText.Safe(e.Message)}");
            return CliErrors.InvalidInput;
        }
        catch (ReportOutputException e)
        {
            e.Problems.ToList().ForEach(problem => Console.Error.WriteLine(TerminalText.SafeLines(problem)));
            Console.Error.WriteLine("cmksim: invalid output: no report was written");
            return CliErrors.InvalidInput;
        }
    }
}
