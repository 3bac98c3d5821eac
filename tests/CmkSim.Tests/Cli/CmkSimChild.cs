using System.Diagnostics;
using System.Text;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cli;

/// <summary>
/// A cmksim process with a folder and a temp folder (TMPDIR) of its own, so a test can signal it while it runs and then
/// check that it left nothing behind. SIGINT is reset to its default disposition first: a process started from a
/// non-interactive shell's background job inherits SIGINT as ignored, and .NET rightly keeps it ignored.
/// </summary>
internal sealed class CmkSimChild : IDisposable
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private Process? _process;

    public CmkSimChild()
    {
        Folder = Directory.CreateTempSubdirectory("cmksim-child-").FullName;
        Temp = Directory.CreateDirectory(Path.Combine(Folder, "tmp")).FullName;
    }

    /// <summary>A child sharing another child's temp folder (a later command on the same machine); its own folder stays empty.</summary>
    public CmkSimChild(string temp)
    {
        Folder = Directory.CreateTempSubdirectory("cmksim-child-").FullName;
        Temp = temp;
    }

    public string Folder { get; }

    /// <summary>The child's TMPDIR: where its generated token directory goes.</summary>
    public string Temp { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process?.HasExited ?? false;

    /// <summary>Token directories in the child's temp folder.</summary>
    public IReadOnlyList<string> TokenDirectories => Directory.GetDirectories(Temp, "cmksim-hsm-*");

    public void Start(params string[] args) => StartWith(null, args);

    /// <summary>Starts cmksim, optionally under <c>sh -c</c> with a prologue (a ulimit, a trap) run before it.</summary>
    public void StartWith(string? shellPrologue, params string[] args)
    {
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = Temp;
        TestSigningToken.Apply(start.Environment);
        start.ArgumentList.Add("--default-signal=INT");
        if (shellPrologue is not null)
        {
            // sh -c 'PROLOGUE; exec "$@"' sh dotnet cmksim.dll ARGS...: the arguments reach cmksim unquoted and whole.
            start.ArgumentList.Add("sh");
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"{shellPrologue}; exec \"$@\"");
            start.ArgumentList.Add("sh");
        }

        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(CmkSimProgram.Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits (generously: the machine may be busy) until the condition holds; false if the process ended first.</summary>
    public async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            if (HasExited)
            {
                return condition();
            }

            await Task.Delay(Poll);
        }

        return condition();
    }

    /// <summary>Sends the signal with kill(1), as a user or a CI runner would.</summary>
    public void Signal(int signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { UseShellExecute = false, ArgumentList = { $"-{signal}", $"{_process!.Id}" } })!;
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -{signal} {_process.Id} failed");
    }

    /// <summary>The exit code, or a failed assertion (with what the process printed) if it runs past the bound.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await _process!.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"cmksim still running after {bound.TotalSeconds} s; stdout: {Output}; stderr: {Error}");
        }

        return _process.ExitCode;
    }

    /// <summary>Lines of stderr, without the empty ones.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Scenario(string file) => Path.Combine(RepoPaths.Root, "scenarios", file);

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A test's own scratch folder; the assertions already ran.
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.Append(line).Append('\n');
        }
    }
}
