using CmkSim.Crypto.Envelope;
using CmkSim.Crypto.Hsm;

namespace CmkSim.Cli.Commands;

/// <summary>Turns known failures into one clear line on stderr and an exit code, instead of a stack trace.</summary>
internal static class CliErrors
{
    public const int Ok = 0;
    public const int ExpectationFailed = 1;
    public const int InvalidInput = 2;
    public const int Failure = 3;

    public static async Task<int> Guard(Func<Task<int>> run)
    {
        try
        {
            return await run();
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
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerException!) : e;
}
