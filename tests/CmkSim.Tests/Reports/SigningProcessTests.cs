using CmkSim.Reports.Signing;
using CmkSim.Tests.Simulation;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Reports;

/// <summary>The real program: two runs on one installation are signed by one key; verify --key checks origin.</summary>
public sealed class SigningProcessTests
{
    [Fact]
    public async Task Two_runs_show_the_same_fingerprint_and_verify_with_another_key_exits_1()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-signing-run-").FullName;
        try
        {
            var scenario = ScenarioDeterminismTests.ScenarioPath("14-reset.yaml");
            var token = Path.Combine(folder, "token");
            var first = await CmkSimProcess.RunAsync("run", scenario, "--out", Path.Combine(folder, "a"), "--signing-token", token);
            var second = await CmkSimProcess.RunAsync("run", scenario, "--out", Path.Combine(folder, "b"), "--signing-token", token);
            Assert.Equal(0, first.ExitCode);
            Assert.Equal(0, second.ExitCode);

            var fingerprint = Fingerprint(Path.Combine(folder, "a", "reset"));
            Assert.Equal(fingerprint, Fingerprint(Path.Combine(folder, "b", "reset")));
            Assert.Contains($"signed by {fingerprint[..16]}", second.Output);
            Assert.Contains(fingerprint, File.ReadAllText(Path.Combine(folder, "b", "reset", "report.html")));

            var plain = await CmkSimProcess.RunAsync("verify", Path.Combine(folder, "b"));
            Assert.Equal(0, plain.ExitCode);
            Assert.Contains("integrity only", plain.Output);
            var origin = await CmkSimProcess.RunAsync("verify", "--key", fingerprint, Path.Combine(folder, "b"));
            Assert.Equal(0, origin.ExitCode);
            Assert.Contains("origin: signed by the required key", origin.Output);
            var other = await CmkSimProcess.RunAsync("verify", "--key", new string('a', 64), Path.Combine(folder, "b", "reset"));
            Assert.Equal(1, other.ExitCode);
            Assert.Contains("not by the required key", other.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_signing_token_holding_foreign_files_is_invalid_input_and_nothing_runs()
    {
        var folder = Directory.CreateTempSubdirectory("cmksim-signing-bad-").FullName;
        try
        {
            var token = Path.Combine(folder, "token");
            Directory.CreateDirectory(token);
            File.WriteAllText(Path.Combine(token, "notes.txt"), "mine");

            var result = await CmkSimProcess.RunAsync("run", ScenarioDeterminismTests.ScenarioPath("14-reset.yaml"),
                "--out", Path.Combine(folder, "out"), "--signing-token", token);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("notes.txt", result.Error);
            Assert.False(Directory.Exists(Path.Combine(folder, "out", "reset")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Fingerprint(string reportFolder) =>
        ManifestReader.Read(Path.Combine(reportFolder, "manifest.json"), Manifest.CurrentFormat).Manifest!.Fingerprint;
}
