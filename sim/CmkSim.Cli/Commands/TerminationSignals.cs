using System.Runtime.InteropServices;

namespace CmkSim.Cli.Commands;

/// <summary>
/// SIGINT and SIGTERM for the whole process. The first one cancels <see cref="Token"/>, so a command that honours it
/// stops its steps, its silo and its HSM (deleting its token directory) and exits 130 or 143. A second one, or the first
/// one while a command that has no cancellation runs, exits at once with the same code (a token directory it leaves is
/// removed by the next command that opens the HSM).
/// </summary>
/// <remarks>
/// We handle the signals ourselves: System.CommandLine 2.0.0 installs its handler only when
/// <c>InvocationConfiguration.ProcessTerminationTimeout</c> is set (its default is null), and its handler returns the
/// exit code after a timeout while the action still runs; meanwhile each embedded silo's ConsoleLifetime swallowed the
/// signals (it cancels them and calls StopApplication, which nothing awaits), so the run went on and exited 0.
/// </remarks>
internal sealed class TerminationSignals : IDisposable
{
    public const int SigIntExitCode = 130;
    public const int SigTermExitCode = 143;

    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly TextWriter _error;
    private int _received;

    public TerminationSignals(TextWriter error)
    {
        _error = error;
        if (OperatingSystem.IsWindows() || OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
            _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
        }
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>The first signal received, if any.</summary>
    public PosixSignal? Received { get; private set; }

    /// <summary>True while a command that honours <see cref="Token"/> runs; otherwise the first signal exits at once.</summary>
    public bool Cooperative { get; set; }

    /// <summary>Set when the process exits at once: whatever the command still does, its exit code is the signal's.</summary>
    public bool ExitingAtOnce { get; private set; }

    /// <summary>What the command was doing, for the one line printed when it is interrupted (e.g. "run cancelled").</summary>
    public string Consequence { get; set; } = "cancelled";

    public static int ExitCode(PosixSignal signal) => signal == PosixSignal.SIGINT ? SigIntExitCode : SigTermExitCode;

    public static string Name(PosixSignal signal) => signal == PosixSignal.SIGINT ? "SIGINT" : "SIGTERM";

    /// <summary>The one line a cancelled command prints.</summary>
    public string InterruptedLine(PosixSignal signal) => $"cmksim: interrupted ({Name(signal)}): {Consequence}";

    /// <summary>Simulates a delivered signal (tests and the second-signal path share it).</summary>
    internal void Deliver(PosixSignal signal)
    {
        if (Interlocked.Increment(ref _received) == 1)
        {
            Received = signal;
            if (Cooperative)
            {
                // Off the signal thread: cancellation callbacks (silo, HSM, engine) must not run on it.
                ThreadPool.UnsafeQueueUserWorkItem(_ => _cancellation.Cancel(), null);
                return;
            }
        }

        ExitAtOnce(Received ?? signal);
    }

    private void OnSignal(PosixSignalContext context)
    {
        // We decide how the process ends, not the runtime's default action.
        context.Cancel = true;
        Deliver(context.Signal);
    }

    private void ExitAtOnce(PosixSignal signal)
    {
        ExitingAtOnce = true;
        var line = Cooperative ? $"cmksim: interrupted ({Name(signal)}) again: exiting at once" : $"cmksim: interrupted ({Name(signal)})";
        try
        {
            _error.WriteLine(line);
            _error.Flush();
        }
        catch (IOException)
        {
            // A closed stderr must not keep the process alive.
        }

        // Our line is the last one: the threads still running fail as the process goes, and must not print that.
        Console.SetError(TextWriter.Null);
        Console.SetOut(TextWriter.Null);

        // The token directory is left as it is: deleting it under running HSM calls makes them fail loudly before the
        // process is gone. It carries our marker, so the next command that opens the HSM deletes it (its owner is gone).
        ImmediateExit.Now(ExitCode(signal));
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancellation.Dispose();
    }
}
