using System.Diagnostics;

namespace CmkSim.Tests.Support;

/// <summary>
/// Runs the real cmksim program (the CLI project's build output, see <see cref="CmkSimProgram"/>) in a process of its
/// own. Past its bound the process is killed with its children and reported as timed out, never left running.
/// </summary>
public static class CmkSimProcess
{
    /// <summary>Generous on purpose: a library scenario takes seconds on an idle machine, far more with both cores busy.</summary>
    public static readonly TimeSpan DefaultBound = TimeSpan.FromMinutes(5);

    public sealed record Result(int ExitCode, string Output, string Error, bool TimedOut = false);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var result = await RunAsync(workingDirectory: null, tempDirectory: null, DefaultBound, args);
        Assert.False(result.TimedOut, $"cmksim {string.Join(' ', args)} did not finish within {DefaultBound.TotalMinutes} min and was killed");
        return result;
    }

    /// <param name="tempDirectory">The child's TMPDIR (where its token directories go), or null for ours.</param>
    public static async Task<Result> RunAsync(string? workingDirectory, string? tempDirectory, TimeSpan bound, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        if (tempDirectory is not null)
        {
            start.Environment["TMPDIR"] = tempDirectory;
        }

        TestSigningToken.Apply(start.Environment);

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
            return new Result(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Result(-1, await output, await error, TimedOut: true);
        }
    }
}
