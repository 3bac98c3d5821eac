using System.Diagnostics;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cluster;

/// <summary>One <c>cmksim hsm-probe</c> process on a token directory, asked one line at a time.</summary>
internal sealed class HsmProbe : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private HsmProbe(Process process) => _process = process;

    public static async Task<HsmProbe> StartAsync(string tokenDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CmkSimProgram.Dll, "hsm-probe", "--token-dir", tokenDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        var probe = new HsmProbe(Process.Start(start)!);
        Assert.StartsWith("ok ready", await probe.ReadAsync());
        return probe;
    }

    /// <summary>The answer to one command: <c>ok …</c> or <c>error …</c>.</summary>
    public async Task<string> AskAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await ReadAsync();
    }

    /// <summary>The value of an answer that must be <c>ok</c>.</summary>
    public async Task<string> OkAsync(string command)
    {
        var answer = await AskAsync(command);
        Assert.True(answer.StartsWith("ok", StringComparison.Ordinal), $"{command}: {answer}");
        return answer.Length > 3 ? answer[3..] : string.Empty;
    }

    private async Task<string> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        return line ?? $"error: the probe exited: {await _process.StandardError.ReadToEndAsync()}";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(Bound);
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
