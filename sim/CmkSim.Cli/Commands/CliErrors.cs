using CmkSim.Cli.Terminal;
using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;

namespace CmkSim.Cli.Commands;

/// <summary>
/// The one guard every command's action runs in: known invalid input exits 2, a signal exits 130 or 143, any other
/// exception exits 3. Each prints one line on stderr; the stack trace only with <c>--verbose</c>. Nothing escapes.
/// </summary>
internal static class CliErrors
{
    public const int Ok = 0;
    public const int ExpectationFailed = 1;
    public const int InvalidInput = 2;
    public const int Failure = 3;

    /// <summary>The process's signals; set once by Program before any command runs.</summary>
    public static TerminationSignals? Signals { get; set; }

    /// <summary>Print the whole exception of a runtime failure (the global <c>--verbose</c> option).</summary>
    public static bool Verbose { get; set; }

    public static async Task<int> Guard(Func<Task<int>> run)
    {
        try
        {
            var code = await run();
            return Signals is { ExitingAtOnce: true, Received: { } signal } ? TerminationSignals.ExitCode(signal) : code;
        }
        catch (Exception) when (Signals is { ExitingAtOnce: true, Received: { } signal })
        {
            // The signal handler has printed the one line and is ending the process; this is its fallout.
            return TerminationSignals.ExitCode(signal);
        }
        catch (Exception e) when (Signals?.Received is { } signal && IsCancellation(e))
        {
            await Console.Error.WriteLineAsync(Signals.InterruptedLine(signal));
            return TerminationSignals.ExitCode(signal);
        }
        catch (Exception e) when (Unwrap(e) is HsmException hsm)
        {
            await Console.Error.WriteLineAsync($"cmksim: HSM error ({hsm.Error}): {hsm.Message}");
            return hsm.Error is HsmError.DecryptionFailed or HsmError.OperationFailed ? Failure : InvalidInput;
        }
        catch (CmkSim.Scenarios.ScenarioValidationException invalid)
        {
            await Console.Error.WriteLineAsync(invalid.Message);
            return InvalidInput;
        }
        catch (Exception e) when (Unwrap(e) is EnvelopeException envelope)
        {
            await Console.Error.WriteLineAsync($"cmksim: {envelope.Message}");
            return Failure;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync(RuntimeFailure(e));
            return Failure;
        }
    }

    /// <summary>One line naming the failure, or the whole exception under <c>--verbose</c>.</summary>
    public static string RuntimeFailure(Exception e)
    {
        var inner = Unwrap(e);
        var line = $"cmksim: runtime failure: {inner.GetType().FullName}: {OneLine(inner.Message)}";
        return Verbose ? $"{line}{Environment.NewLine}{e}" : line;
    }

    // A cancellation may arrive wrapped (an aggregate, or an event failure whose cause is the cancellation).
    private static bool IsCancellation(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is OperationCanceledException)
            {
                return true;
            }
        }

        return false;
    }

    // One line, and no control character reaches the terminal (a message may quote a hostile name).
    public static string OneLine(string message) => TerminalText.Safe(
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerException!) : e;
}
