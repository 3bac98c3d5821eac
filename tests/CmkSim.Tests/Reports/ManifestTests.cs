using CmkSim.Reports.Signing;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Reports;

public sealed class ManifestTests(SignedReportFixture fixture) : IClassFixture<SignedReportFixture>
{
    [Fact]
    public void The_manifest_lists_every_file_and_verifies_without_the_HSM()
    {
        var result = ManifestVerifier.Verify(fixture.Folder, fixture.Signer.PublicKey.Fingerprint());

        Assert.True(result.Verified, string.Join(", ", result.Problems) + result.Error);
        Assert.Equal(fixture.Files.Count, result.FileCount);
        Assert.Equal(fixture.Signer.PublicKey.Fingerprint(), result.Fingerprint);
        Assert.Equal(ReportSigner.Algorithm, fixture.Manifest.Algorithm);
        Assert.Contains(fixture.Manifest.Files, f => f.Path == "plots/status.png");
    }

    [Fact]
    public void Flipping_one_byte_of_report_html_names_report_html()
    {
        var copy = ReportFolders.Copy(fixture.Folder, "tampered");
        try
        {
            ReportFolders.FlipByte(Path.Combine(copy, "report.html"));

            var result = ManifestVerifier.Verify(copy);

            Assert.False(result.Verified);
            Assert.True(result.SignatureValid);
            Assert.Equal(new FileProblem("report.html", FileProblemKind.Changed), Assert.Single(result.Problems));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Missing_unlisted_files_a_changed_manifest_and_a_wrong_key_are_caught()
    {
        var copy = ReportFolders.Copy(fixture.Folder, "tampered");
        try
        {
            File.Delete(Path.Combine(copy, "junit.xml"));
            File.WriteAllText(Path.Combine(copy, "extra.txt"), "not signed");
            Assert.Equal(
                [new FileProblem("junit.xml", FileProblemKind.Missing), new FileProblem("extra.txt", FileProblemKind.Unlisted)],
                ManifestVerifier.Verify(copy).Problems);

            Assert.False(ManifestVerifier.Verify(fixture.Folder, new string('0', 64)).FingerprintAccepted);

            var manifest = Path.Combine(copy, "manifest.json");
            File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"path\": \"audit.jsonl\"", "\"path\": \"audit.jsonX\""));
            Assert.False(ManifestVerifier.Verify(copy).SignatureValid);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public async Task Cmksim_verify_accepts_the_signed_folder_and_names_the_changed_file()
    {
        var fingerprint = fixture.Signer.PublicKey.Fingerprint();
        var ok = await CmkSimProcess.RunAsync("verify", fixture.Folder, "--key", fingerprint);
        Assert.True(ok.ExitCode == 0, ok.Error);
        Assert.Contains($"verified: {fixture.Files.Count} files, signed by {fingerprint}", ok.Output);

        var copy = ReportFolders.Copy(fixture.Folder, "tampered-cli");
        try
        {
            ReportFolders.FlipByte(Path.Combine(copy, "report.html"));

            var bad = await CmkSimProcess.RunAsync("verify", copy);

            Assert.Equal(1, bad.ExitCode);
            Assert.Contains("changed: report.html", bad.Error);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
