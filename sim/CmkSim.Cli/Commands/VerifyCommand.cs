using System.CommandLine;
using CmkSim.Reports.Signing;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim verify</c>: checks a report folder's signed manifest with the public key it carries (no HSM).</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "a report folder holding manifest.json" };
        var key = new Option<string?>("--key") { Description = "required signing key fingerprint (SHA-256 of the SubjectPublicKeyInfo, hex)" };
        var command = new Command("verify", "Verify a report folder's signed manifest: signature, key fingerprint and every file's SHA-256") { folder, key };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                Console.Error.WriteLine($"cmksim: no such folder '{path}'; pass a report folder that holds manifest.json.");
                return CliErrors.InvalidInput;
            }

            var result = ManifestVerifier.Verify(path, parse.GetValue(key));
            if (result.Verified)
            {
                Console.WriteLine($"verified: {result.FileCount} files, signed by {result.Fingerprint}");
                return CliErrors.Ok;
            }

            if (result.Error is not null)
            {
                Console.Error.WriteLine($"cmksim: not verified: {result.Error}");
            }

            if (result.Error is null && !result.SignatureValid)
            {
                Console.Error.WriteLine("cmksim: not verified: the manifest's signature does not match its file list (manifest.json was changed)");
            }

            if (result.Error is null && !result.FingerprintAccepted)
            {
                Console.Error.WriteLine($"cmksim: not verified: signed by {result.Fingerprint}, not by the required key");
            }

            foreach (var problem in result.Problems)
            {
                Console.Error.WriteLine($"{problem.Kind.ToString().ToLowerInvariant()}: {problem.Path}");
            }

            return CliErrors.ExpectationFailed;
        });
        return command;
    }
}
