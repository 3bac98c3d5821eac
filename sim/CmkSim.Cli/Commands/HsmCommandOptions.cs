using System.CommandLine;
using CmkSim.Crypto.Hsm;

namespace CmkSim.Cli.Commands;

/// <summary>The options every command that touches the HSM shares.</summary>
internal sealed class HsmCommandOptions
{
    public Option<string?> Library { get; } = new("--pkcs11-library")
    {
        Description = $"PKCS#11 module to load (default: ${HsmOptions.LibraryPathVariable}, else SoftHSM2 under /usr/lib)",
    };

    public Option<string?> TokenDirectory { get; } = new("--token-dir")
    {
        Description = "SoftHSM2 token directory, never deleted by CmkSim (default: a fresh directory of this run's own under the temp folder, deleted at exit)",
    };

    public Option<string?> Pin { get; } = new("--pin") { Description = "user PIN of the tokens (default: cmksim-user)" };

    public HsmCommandOptions()
    {
        TokenDirectory.Validators.Add(result =>
        {
            // A file (or a device, a socket...) in place of the folder is invalid input, found before anything starts.
            if (result.GetValueOrDefault<string?>() is { Length: > 0 } path && Path.Exists(path) && !Directory.Exists(path))
            {
                result.AddError($"--token-dir '{path}' exists and is not a folder.");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Library);
        command.Options.Add(TokenDirectory);
        command.Options.Add(Pin);
    }

    public HsmOptions Read(ParseResult parse)
    {
        var options = new HsmOptions
        {
            LibraryPath = parse.GetValue(Library),
            TokenDirectory = parse.GetValue(TokenDirectory),
        };
        return parse.GetValue(Pin) is { } pin ? options with { UserPin = pin } : options;
    }
}
