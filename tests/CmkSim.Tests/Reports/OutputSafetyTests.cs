using CmkSim.Files;
using CmkSim.Reports.Output;
using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;

namespace CmkSim.Tests.Reports;

/// <summary>Where reports may go and what may be replaced, checked without running a scenario.</summary>
public sealed class OutputSafetyTests(SignedReportFixture fixture) : IClassFixture<SignedReportFixture>
{
    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("../x")]
    [InlineData("/abs/x")]
    [InlineData("a\\b")]
    [InlineData("")]
    [InlineData(".hidden")]
    [InlineData(".cmksim-staging-1-1")]
    [InlineData("esc\u001b[31m")]
    [InlineData("index.html")]
    [InlineData("INDEX-PLOTS")]
    [InlineData("index.manifest.json")]
    public void Names_that_are_not_one_safe_folder_are_refused(string name) => Assert.NotNull(ReportFolderName.Problem(name));

    [Fact]
    public void Ordinary_names_and_long_ones_up_to_255_bytes_are_folders()
    {
        Assert.Null(ReportFolderName.Problem("malicious-admin-unlock"));
        Assert.Null(ReportFolderName.Problem(new string('a', 255)));
        Assert.NotNull(ReportFolderName.Problem(new string('a', 256)));
        Assert.NotNull(ReportFolderName.Problem(new string('é', 128)));
    }

    [Fact]
    public void Out_may_not_be_a_file_the_root_a_system_folder_or_home()
    {
        var folder = ReportFolders.New("outroot");
        try
        {
            var file = Path.Combine(folder, "file.txt");
            File.WriteAllText(file, "x");
            Assert.Contains("is a file", OutputRoot.Problem(file));
            Assert.Contains("root", OutputRoot.Problem("/"));
            foreach (var system in new[] { "/etc", "/usr/", "/var", "/proc", "/tmp", "/lib64" })
            {
                Assert.NotNull(OutputRoot.Problem(system));
            }

            Assert.NotNull(OutputRoot.Problem(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
            var link = Path.Combine(folder, "to-root");
            File.CreateSymbolicLink(link, "/");
            Assert.NotNull(OutputRoot.Problem(link));
            Assert.Null(OutputRoot.Problem(Path.Combine(folder, "out")));
            Assert.Null(OutputRoot.Problem(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Two_scenarios_mapping_to_one_folder_ignoring_case_are_named_both()
    {
        var root = ReportFolders.New("dup");
        try
        {
            var e = Assert.Throws<ReportOutputException>(() => RunPlan.Create(root, [("reset", "a.yaml:3:7"), ("Reset", "b.yaml:3:7")]));
            var line = Assert.Single(e.Problems);
            Assert.StartsWith("b.yaml:3:7: name: ", line, StringComparison.Ordinal);
            Assert.Contains("a.yaml:3:7", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_signed_report_folder_is_ours_to_replace_and_anything_else_is_not()
    {
        var copy = ReportFolders.Copy(fixture.Folder, "ours");
        try
        {
            Assert.Null(ReportFolderOwnership.Problem(copy));
            Assert.Null(ReportFolderOwnership.Problem(Path.Combine(copy, "missing")));

            File.WriteAllText(Path.Combine(copy, "plots", "notes.txt"), "mine");
            Assert.Contains("plots/notes.txt", ReportFolderOwnership.Problem(copy));
            File.Delete(Path.Combine(copy, "plots", "notes.txt"));

            var markdown = Path.Combine(copy, ReportFiles.Markdown);
            var written = File.ReadAllBytes(markdown);
            File.AppendAllText(markdown, "\nmy notes for the audit\n");
            Assert.Contains($"changed since CmkSim wrote them: {ReportFiles.Markdown}", ReportFolderOwnership.Problem(copy));
            File.WriteAllBytes(markdown, written);
            Assert.Null(ReportFolderOwnership.Problem(copy));

            File.CreateSymbolicLink(Path.Combine(copy, "etc"), "/etc");
            Assert.Contains("etc", ReportFolderOwnership.Problem(copy));
            File.Delete(Path.Combine(copy, "etc"));

            Assert.Contains("not a report folder", ReportFolderOwnership.Problem(Path.Combine(copy, ReportFiles.Html)));
            File.Delete(Path.Combine(copy, ReportFiles.Manifest));
            Assert.Contains("no manifest.json", ReportFolderOwnership.Problem(copy));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Verify_reports_hostile_manifests_and_special_files_in_one_line_without_opening_them()
    {
        var copy = ReportFolders.Copy(fixture.Folder, "hostile");
        try
        {
            var manifest = Path.Combine(copy, ReportFiles.Manifest);
            var original = File.ReadAllText(manifest);

            FileSystemItems.MakeFifo(Path.Combine(copy, "plots", "fifo"));
            File.CreateSymbolicLink(Path.Combine(copy, "out-link"), "/etc/hostname");
            var problems = ManifestVerifier.Verify(copy).Problems;
            Assert.Contains(new FileProblem("plots/fifo", FileProblemKind.NotRegular), problems);
            Assert.Contains(new FileProblem("out-link", FileProblemKind.NotRegular), problems);
            File.Delete(Path.Combine(copy, "plots", "fifo"));
            File.Delete(Path.Combine(copy, "out-link"));

            // A listed file replaced by a FIFO or a link is never opened (a FIFO would block the read forever).
            File.Delete(Path.Combine(copy, ReportFiles.Junit));
            FileSystemItems.MakeFifo(Path.Combine(copy, ReportFiles.Junit));
            Assert.Equal(new FileProblem(ReportFiles.Junit, FileProblemKind.NotRegular), Assert.Single(ManifestVerifier.Verify(copy).Problems));
            File.Delete(Path.Combine(copy, ReportFiles.Junit));
            File.CreateSymbolicLink(Path.Combine(copy, ReportFiles.Junit), "/dev/zero");
            Assert.Equal(new FileProblem(ReportFiles.Junit, FileProblemKind.NotRegular), Assert.Single(ManifestVerifier.Verify(copy).Problems));

            File.WriteAllText(manifest, "[1, 2, 3]");
            Assert.Contains("JSON array", ManifestVerifier.Verify(copy).Error);
            File.WriteAllText(manifest, "\"text\"");
            Assert.Contains("not an object", ManifestVerifier.Verify(copy).Error);
            File.WriteAllText(manifest, original.Replace("\"files\": [", "\"files\": [ 7,", StringComparison.Ordinal));
            Assert.NotNull(ManifestVerifier.Verify(copy).Error);
            File.WriteAllText(manifest, new string('[', 100_000));
            Assert.Contains("not valid JSON", ManifestVerifier.Verify(copy).Error);
            using (var huge = File.Create(manifest))
            {
                huge.SetLength(ManifestReader.MaxBytes + 1);
            }

            Assert.Contains("at most", ManifestVerifier.Verify(copy).Error);
            File.Delete(manifest);
            FileSystemItems.MakeFifo(manifest);
            Assert.Contains("FIFO", ManifestVerifier.Verify(copy).Error);
            File.Delete(manifest);
            File.CreateSymbolicLink(manifest, Path.Combine(fixture.Folder, ReportFiles.Manifest));
            Assert.Contains("symbolic link", ManifestVerifier.Verify(copy).Error);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void The_index_manifest_signs_the_index_and_each_report_manifest_and_catches_tampering()
    {
        var root = ReportFolders.New("run");
        try
        {
            foreach (var name in new[] { "alpha", "beta" })
            {
                foreach (var file in Directory.EnumerateFiles(fixture.Folder, "*", SearchOption.AllDirectories))
                {
                    var to = Path.Combine(root, name, Path.GetRelativePath(fixture.Folder, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    File.Copy(file, to);
                }
            }

            var index = IndexWriter.Write(root, [new IndexEntry(fixture.Report, "alpha/report.html"), new IndexEntry(fixture.Report, "beta/report.html")]);
            ManifestWriter.Write(root, index.Concat(["alpha/manifest.json", "beta/manifest.json"]), fixture.Signer, Manifest.IndexFormat, ReportFiles.IndexManifest);

            var ok = RunVerifier.Verify(root, fixture.Signer.PublicKey.Fingerprint());
            Assert.True(ok.Verified);
            Assert.Equal(["alpha", "beta"], ok.Reports.Select(r => r.Folder));
            Assert.Equal(6, ok.Index.FileCount);

            ReportFolders.FlipByte(Path.Combine(root, ReportFiles.IndexHtml));
            Assert.Equal(new FileProblem(ReportFiles.IndexHtml, FileProblemKind.Changed), Assert.Single(RunVerifier.Verify(root).Index.Problems));
            ReportFolders.FlipByte(Path.Combine(root, ReportFiles.IndexHtml));

            ReportFolders.FlipByte(Path.Combine(root, "beta", ReportFiles.Html));
            var tampered = RunVerifier.Verify(root);
            Assert.False(tampered.Verified);
            Assert.True(tampered.Index.Verified);
            Assert.Equal(new FileProblem(ReportFiles.Html, FileProblemKind.Changed), Assert.Single(tampered.Reports.Single(r => r.Folder == "beta").Result.Problems));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Staging_folders_of_dead_runs_are_removed_and_a_report_they_had_moved_aside_is_put_back()
    {
        var root = ReportFolders.New("stale");
        try
        {
            var dead = Path.Combine(root, $"{RunStaging.Prefix}999999999-1");
            Directory.CreateDirectory(Path.Combine(dead, "half-written"));
            File.WriteAllText(Path.Combine(dead, OwnerMarker.FileName), (OwnerMarker.OfThisProcess()! with { Pid = 999999999 }).Format());
            var aside = Path.Combine(dead, ".replaced", "kept");
            Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
            CopyFolder(fixture.Folder, aside);
            var alive = Path.Combine(root, $"{RunStaging.Prefix}{Environment.ProcessId}-777");
            Directory.CreateDirectory(alive);
            File.WriteAllText(Path.Combine(alive, OwnerMarker.FileName), "x");
            var unmarked = Path.Combine(root, $"{RunStaging.Prefix}999999998-1");
            Directory.CreateDirectory(unmarked);

            var removed = RunStaging.RemoveAbandoned(root);

            Assert.Equal([dead], removed);
            Assert.True(ManifestVerifier.Verify(Path.Combine(root, "kept")).Verified);
            Assert.True(Directory.Exists(alive));
            Assert.True(Directory.Exists(unmarked));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
