using System.CommandLine;
using CmkSim.Simulation.Hosting;
using CmkSim.Cli.Smoke;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim smoke</c>: the end-to-end check of silo, HSM and data plane.</summary>
internal static class SmokeCommand
{
    public static Command Create()
    {
        var hsm = new HsmCommandOptions();
        var records = new Option<int>("--records") { Description = "records to encrypt and read back", DefaultValueFactory = _ => 1000 };
        var keySize = new Option<int>("--key-size") { Description = "customer key size: 2048, 3072 or 4096", DefaultValueFactory = _ => 2048 };
        keySize.Validators.Add(result =>
        {
            var bits = result.GetValueOrDefault<int>();
            if (!CmkSim.Crypto.Hsm.RsaKeySize.Supported.Contains(bits))
            {
                result.AddError($"--key-size {bits} is not supported: use 2048, 3072 or 4096 (rule KV-02).");
            }
        });
        records.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--records must be at least 1.");
            }
        });
        var command = new Command("smoke", "Start the embedded silo, create keys in SoftHSM2, wrap/unwrap data keys, encrypt and read records, print timings")
        {
            records,
            keySize,
        };
        hsm.AddTo(command);
        command.SetAction((parse, cancellation) => CliErrors.Guard(() =>
        {
            var options = new SiloHostOptions { Hsm = hsm.Read(parse) };
            return new SmokeRun(options, parse.GetValue(records), parse.GetValue(keySize), Console.Out).RunAsync(cancellation);
        }));
        return command;
    }
}
