using CmkSim.Reports.Writers;
using CmkSim.Simulation.Running;
using CmkSim.Simulation.Runs;

namespace CmkSim.Tests.Support;

/// <summary>
/// Report folders written only to compare two runs' files byte for byte: each under the temp folder, and both deleted
/// once compared the same. Folders that differ are kept, for the failure message names them to look into.
/// </summary>
internal static class ComparedReports
{
    /// <summary>Writes <paramref name="result"/>'s report into a fresh folder of its own; returns the folder.</summary>
    public static string Write(ScenarioRunResult result, string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        ReportWriter.Write(RunReportMapper.Map(result, 1), folder);
        return folder;
    }

    /// <summary>Those of <paramref name="files"/> that differ between the two folders; both folders deleted when none.</summary>
    public static IReadOnlyList<string> Differing(string a, string b, IEnumerable<string> files)
    {
        var differing = files.Where(f => !File.ReadAllBytes(Path.Combine(a, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(b, f)))).ToList();
        if (differing.Count == 0)
        {
            Directory.Delete(a, recursive: true);
            Directory.Delete(b, recursive: true);
        }

        return differing;
    }
}
