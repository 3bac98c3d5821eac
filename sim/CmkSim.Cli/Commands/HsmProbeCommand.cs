using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;

namespace CmkSim.Cli.Commands;

/// <summary>
/// <c>cmksim hsm-probe</c> (hidden): one process's handle on a token directory, driven line by line on stdin, so a
/// test can interleave two real processes on one directory (what silos sharing a run's token directory do). Each
/// command answers one line: <c>ok …</c> or <c>error …</c>.
/// </summary>
/// <remarks>
/// Commands: <c>token LABEL</c>; <c>generate LABEL KEY</c>; <c>wrap LABEL KEY HEX</c>; <c>unwrap LABEL KEY HEX</c>;
/// <c>keys LABEL</c> (key ids, comma-separated); <c>churn LABEL PREFIX N</c> (N key pairs, each generated, used for a wrap
/// and an unwrap that must give the key back); <c>quit</c>.
/// </remarks>
internal static class HsmProbeCommand
{
    public static Command Create()
    {
        var hsm = new HsmCommandOptions();
        var command = new Command("hsm-probe", "Drive this process's HSM handle from stdin (tests of processes sharing a token directory)") { Hidden = true };
        hsm.AddTo(command);
        command.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            using var softHsm = SoftHsm.Open(hsm.Read(parse) with { DeleteTokenDirectoryOnDispose = false });
            await Console.Out.WriteLineAsync($"ok ready pid {Environment.ProcessId}");
            while (await Console.In.ReadLineAsync(cancellation) is { } line && line.Trim() != "quit")
            {
                string answer;
                try
                {
                    answer = "ok " + Execute(softHsm, line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                catch (Exception e) when (e is HsmException or Net.Pkcs11Interop.Common.Pkcs11Exception or ArgumentException or FormatException or IndexOutOfRangeException)
                {
                    answer = "error " + CliErrors.OneLine(e.Message);
                }

                await Console.Out.WriteLineAsync(answer);
                await Console.Out.FlushAsync(cancellation);
            }

            return CliErrors.Ok;
        }));
        return command;
    }

    private static string Execute(SoftHsm hsm, string[] words) => words[0] switch
    {
        "token" => hsm.Token(words[1]).Label,
        "generate" => hsm.Token(words[1]).GenerateRsaKeyPair(words[2], 2048).Fingerprint(),
        "wrap" => Convert.ToHexString(hsm.Token(words[1]).Wrap(words[2], KeyWrapAlgorithm.RsaOaep, Convert.FromHexString(words[3]))),
        "unwrap" => Convert.ToHexString(hsm.Token(words[1]).Unwrap(words[2], KeyWrapAlgorithm.RsaOaep, Convert.FromHexString(words[3]))),
        "keys" => string.Join(',', hsm.Token(words[1]).ListKeyIds().Order(StringComparer.Ordinal)),
        "churn" => Churn(hsm.Token(words[1]), words[2], int.Parse(words[3], CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"unknown command '{words[0]}'"),
    };

    private static string Churn(HsmToken token, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var keyId = $"{prefix}-{i}";
            token.GenerateRsaKeyPair(keyId, 2048);
            var dek = RandomNumberGenerator.GetBytes(32);
            if (!token.Unwrap(keyId, KeyWrapAlgorithm.RsaOaep, token.Wrap(keyId, KeyWrapAlgorithm.RsaOaep, dek)).AsSpan().SequenceEqual(dek))
            {
                throw new ArgumentException($"{keyId}: unwrap gave a different key back");
            }
        }

        return count.ToString(CultureInfo.InvariantCulture);
    }
}
