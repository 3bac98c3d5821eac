using CmkSim.Reports.Model;
using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Reports;

/// <summary>One synthetic report written and signed with the real SoftHSM2 once, shared by the report tests.</summary>
public sealed class SignedReportFixture : IDisposable
{
    public SignedReportFixture()
    {
        Report = SyntheticRunReport.Build();
        Folder = ReportFolders.New("report");
        Files = ReportWriter.Write(Report, Folder);
        Signer = ReportSigner.Open(new HsmFixture().Hsm);
        Manifest = ManifestWriter.Write(Folder, Files, Signer);
        // For a human look at the output: CMKSIM_REPORT_SAMPLE=/some/dir keeps a copy of the signed folder.
        if (Environment.GetEnvironmentVariable("CMKSIM_REPORT_SAMPLE") is { Length: > 0 } keep)
        {
            foreach (var file in Files.Append("manifest.json"))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(keep, file))!);
                File.Copy(Path.Combine(Folder, file), Path.Combine(keep, file), overwrite: true);
            }
        }
    }

    public RunReport Report { get; }

    public string Folder { get; }

    public IReadOnlyList<string> Files { get; }

    public ReportSigner Signer { get; }

    public Manifest Manifest { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
