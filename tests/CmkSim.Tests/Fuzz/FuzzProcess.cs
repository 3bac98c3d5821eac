using System.Diagnostics;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Runs the real cmksim in a process of its own with its own TMPDIR and working folder; past the bound it is killed
/// (with its children) and reported as timed out rather than waited for.
/// </summary>
public static class FuzzProcess
{
    public sealed record Result(int ExitCode, string Output, string Error, bool TimedOut);

    public static async Task<Result> RunAsync(string workingDirectory, string tempDirectory, TimeSpan bound, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.Environment["TMPDIR"] = tempDirectory;
        start.ArgumentList.Add(CmkSimProgram.Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return new Result(process.ExitCode, await output, await error, TimedOut: false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Result(-1, await output, await error, TimedOut: true);
        }
    }
}
