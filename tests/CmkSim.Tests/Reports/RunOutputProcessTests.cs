using CmkSim.Files;
using CmkSim.Reports.Output;
using CmkSim.Reports.Writers;
using CmkSim.Tests.Simulation;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Reports;

/// <summary>
/// <c>cmksim run</c> and <c>verify</c> through the real process with hostile names and folders in the way: exit 2,
/// and nothing outside the run's own report folders changes.
/// </summary>
public sealed class RunOutputProcessTests
{
    private static string Scenario(string folder, string file, string name)
    {
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, File.ReadAllText(ScenarioDeterminismTests.ScenarioPath("14-reset.yaml")).Replace("\nname: reset\n", $"\nname: {name}\n", StringComparison.Ordinal));
        return path;
    }

    /// <summary>A temporary "repository" with a sim/ folder of files, next to a folder the hostile names aim at.</summary>
    private static (string Root, string Repo) Repository()
    {
        var root = Directory.CreateTempSubdirectory("cmksim-hostile-").FullName;
        var repo = Path.Combine(root, "repo");
        Directory.CreateDirectory(Path.Combine(repo, "sim", "CmkSim.Cli"));
        File.WriteAllText(Path.Combine(repo, "sim", "CmkSim.Cli", "Program.cs"), "// tracked");
        File.WriteAllText(Path.Combine(repo, "README.md"), "# repo");
        Directory.CreateDirectory(Path.Combine(root, "victim", "x"));
        File.WriteAllText(Path.Combine(root, "victim", "x", "precious.txt"), "keep me");
        return (root, repo);
    }

    [Fact]
    public async Task Hostile_names_exit_2_with_their_location_and_change_nothing()
    {
        var (root, repo) = Repository();
        try
        {
            var scenarios = Path.Combine(root, "scenarios");
            Directory.CreateDirectory(scenarios);
            Scenario(scenarios, "a-dotdot.yaml", "\"..\"");
            Scenario(scenarios, "b-up.yaml", "\"../victim\"");
            Scenario(scenarios, "c-abs.yaml", $"\"{Path.Combine(root, "victim", "x")}\"");
            Scenario(scenarios, "d-dot.yaml", "\".\"");
            var before = FileSystemItems.Snapshot(root);

            var result = await CmkSimProcess.RunAsync("run", scenarios, "--out", Path.Combine(repo, "out"));

            Assert.Equal(2, result.ExitCode);
            foreach (var file in new[] { "a-dotdot.yaml", "b-up.yaml", "c-abs.yaml", "d-dot.yaml" })
            {
                Assert.Matches($@"{file.Replace(".", "\\.", StringComparison.Ordinal)}:\d+:\d+: name: ", result.Error);
            }

            Assert.Equal(before, FileSystemItems.Snapshot(root));

            // 'sim' is a plain name, but with --out at the repository its folder holds files CmkSim did not write.
            var sim = Scenario(root, "sim.yaml", "sim");
            before = FileSystemItems.Snapshot(root);
            var simResult = await CmkSimProcess.RunAsync("run", sim, "--out", repo);

            Assert.Equal(2, simResult.ExitCode);
            Assert.Contains($"{Path.Combine(repo, "sim")} is not a CmkSim report folder", simResult.Error, StringComparison.Ordinal);
            Assert.Equal(before, FileSystemItems.Snapshot(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_report_folder_is_replaced_only_when_ours_and_the_signed_index_verifies()
    {
        var (root, repo) = Repository();
        try
        {
            var scenario = Scenario(root, "ok.yaml", "reset");
            var output = Path.Combine(repo, "out");
            var first = await CmkSimProcess.RunAsync("run", scenario, "--out", output);
            Assert.True(first.ExitCode == 0, first.Error);
            Assert.Equal(
                [".", "index-plots", "index-plots/walltime.png", "index-plots/walltime.svg", "index.html", "index.manifest.json", "index.md", "reset"],
                FileSystemItems.Snapshot(output).Keys.Where(k => !k.StartsWith("reset/", StringComparison.Ordinal)).Prepend(".").ToList());

            // A user's file in the report folder: exit 2 before anything runs, the file kept, the old report intact.
            File.WriteAllText(Path.Combine(output, "reset", "notes.txt"), "mine");
            var before = FileSystemItems.Snapshot(root);
            var blocked = await CmkSimProcess.RunAsync("run", scenario, "--out", output);
            Assert.Equal(2, blocked.ExitCode);
            Assert.Contains("notes.txt", blocked.Error, StringComparison.Ordinal);
            Assert.Equal(before, FileSystemItems.Snapshot(root));
            File.Delete(Path.Combine(output, "reset", "notes.txt"));

            // A staging folder left by a killed run is removed at the next start; the old report and index still verify meanwhile.
            var dead = Path.Combine(output, $"{RunStaging.Prefix}999999999-1");
            Directory.CreateDirectory(Path.Combine(dead, "reset"));
            File.WriteAllText(Path.Combine(dead, OwnerMarker.FileName), (OwnerMarker.OfThisProcess()! with { Pid = 999999999 }).Format());
            Assert.Equal(0, (await CmkSimProcess.RunAsync("verify", output)).ExitCode);
            var second = await CmkSimProcess.RunAsync("run", scenario, "--out", output);
            Assert.True(second.ExitCode == 0, second.Error);
            Assert.False(Directory.Exists(dead));
            Assert.Empty(Directory.EnumerateDirectories(output, ".cmksim-*"));

            var verified = await CmkSimProcess.RunAsync("verify", output);
            Assert.True(verified.ExitCode == 0, verified.Error);
            Assert.Contains("verified: index (5 files) and 1 report folders", verified.Output, StringComparison.Ordinal);
            Assert.Equal(0, (await CmkSimProcess.RunAsync("verify", Path.Combine(output, "reset"))).ExitCode);

            File.AppendAllText(Path.Combine(output, ReportFiles.IndexMarkdown), "| reset | PASS (edited) |\n");
            var tampered = await CmkSimProcess.RunAsync("verify", output);
            Assert.Equal(1, tampered.ExitCode);
            Assert.Contains($"changed: {ReportFiles.IndexMarkdown}", tampered.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Duplicate_names_a_bad_out_and_an_escape_in_a_name_exit_2_before_anything_runs()
    {
        var (root, repo) = Repository();
        try
        {
            var output = Path.Combine(repo, "out");
            var one = Scenario(root, "one.yaml", "reset");
            var two = Scenario(root, "two.yaml", "RESET");
            var duplicate = await CmkSimProcess.RunAsync("run", one, two, "--out", output);
            Assert.Equal(2, duplicate.ExitCode);
            Assert.Matches(@"two\.yaml:\d+:\d+: name: 'RESET' would write to the same report folder as 'reset' \(.*one\.yaml:\d+:\d+\)", duplicate.Error);
            Assert.False(Directory.Exists(output));

            var slash = await CmkSimProcess.RunAsync("run", one, "--out", "/");
            Assert.Equal(2, slash.ExitCode);
            Assert.Contains("file system root", slash.Error, StringComparison.Ordinal);

            var file = await CmkSimProcess.RunAsync("run", one, "--out", one);
            Assert.Equal(2, file.ExitCode);
            Assert.Contains("is a file, not a folder", file.Error, StringComparison.Ordinal);

            var escape = await CmkSimProcess.RunAsync("run", Scenario(root, "esc.yaml", "\"esc\\e[31mred\""), "--out", output);
            Assert.Equal(2, escape.ExitCode);
            Assert.DoesNotContain("\u001b", escape.Error + escape.Output, StringComparison.Ordinal);
            Assert.Contains("\\x1b[31m", escape.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
