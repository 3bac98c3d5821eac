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
    }

    public RunReport Report { get; }

    public string Folder { get; }

    public IReadOnlyList<string> Files { get; }

    public ReportSigner Signer { get; }

    public Manifest Manifest { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
