using System.CommandLine;
using CmkSim.Cli.Terminal;
using CmkSim.Files;
using CmkSim.Reports.Output;
using CmkSim.Reports.Signing;

namespace CmkSim.Cli.Commands;

/// <summary>
/// <c>cmksim verify</c>: checks a report folder's signed manifest with the public key it carries (no HSM); on a run
/// folder (--out, holding index.manifest.json) the index's manifest and then every report folder it lists.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "a report folder holding manifest.json, or a run folder (--out) holding index.manifest.json" };
        var key = new Option<string?>("--key") { Description = "required signing key fingerprint (SHA-256 of the SubjectPublicKeyInfo, hex): checks origin; without it verify checks integrity only" };
        var command = new Command("verify", "Verify a report folder's or a whole run's signed manifests: signature, key fingerprint and every file's SHA-256") { folder, key };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                var what = FileStatus.Kind(path) == FileKind.Missing ? "no such folder" : "not a folder";
                Console.Error.WriteLine($"cmksim: {what} '{TerminalText.Safe(path)}'; pass a report folder that holds manifest.json or a run folder that holds index.manifest.json.");
                return CliErrors.InvalidInput;
            }

            return RunVerifier.IsRunFolder(path) ? VerifyRun(path, parse.GetValue(key)) : VerifyReport(path, parse.GetValue(key));
        });
        return command;
    }

    private static int VerifyReport(string path, string? key)
    {
        var result = ManifestVerifier.Verify(path, key);
        if (result.Verified)
        {
            Console.WriteLine($"verified: {result.FileCount} files, signed by {result.Fingerprint}");
            Console.WriteLine(Origin(key));
            return CliErrors.Ok;
        }

        PrintProblems(result, string.Empty, "manifest.json");
        return CliErrors.ExpectationFailed;
    }

    private static int VerifyRun(string path, string? key)
    {
        var run = RunVerifier.Verify(path, key);
        if (run.Verified)
        {
            Console.WriteLine($"verified: index ({run.Index.FileCount} files) and {run.Reports.Count} report folders " +
                              $"({run.Reports.Sum(r => r.Result.FileCount)} files), signed by {run.Index.Fingerprint}");
            Console.WriteLine(Origin(key));
            return CliErrors.Ok;
        }

        PrintProblems(run.Index, string.Empty, "index.manifest.json");
        foreach (var (name, result) in run.Reports.Where(r => !r.Result.Verified))
        {
            PrintProblems(result, name + "/", $"{name}/manifest.json");
        }

        return CliErrors.ExpectationFailed;
    }

    // What was proved: origin only against a fingerprint the user brought; otherwise integrity.
    private static string Origin(string? key) => key is null
        ? $"integrity only: {SigningText.IntegrityOnly}"
        : "origin: signed by the required key";

    private static void PrintProblems(ManifestVerification result, string prefix, string manifestName)
    {
        if (result.Error is not null)
        {
            Console.Error.WriteLine($"cmksim: not verified: {TerminalText.Safe(prefix)}{TerminalText.Safe(result.Error)}");
            return;
        }

        if (!result.SignatureValid)
        {
            Console.Error.WriteLine($"cmksim: not verified: the signature of {TerminalText.Safe(manifestName)} does not match its file list ({TerminalText.Safe(manifestName)} was changed)");
        }

        if (!result.FingerprintAccepted)
        {
            Console.Error.WriteLine($"cmksim: not verified: {TerminalText.Safe(manifestName)} is signed by {result.Fingerprint}, not by the required key");
        }

        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine($"{Describe(problem.Kind)}: {TerminalText.Safe(prefix + problem.Path)}");
        }
    }

    private static string Describe(FileProblemKind kind) => kind switch
    {
        FileProblemKind.NotRegular => "not a regular file (link, FIFO or device; not opened)",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
