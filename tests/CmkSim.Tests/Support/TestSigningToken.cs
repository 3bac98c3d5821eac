using CmkSim.Reports.Signing;

namespace CmkSim.Tests.Support;

/// <summary>
/// The signing token every cmksim child process of this test run uses ($CMKSIM_SIGNING_TOKEN), so no test writes the
/// installation key into the real home. One folder for the whole test process, deleted when it exits.
/// </summary>
public static class TestSigningToken
{
    private static readonly Lazy<string> Created = new(() =>
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("cmksim-test-signing-").FullName, "token");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
            }
            catch (IOException)
            {
                // A child still writing: the temp folder's owner cleans up.
            }
        };
        return folder;
    });

    public static string Folder => Created.Value;

    public static void Apply(IDictionary<string, string?> environment) => environment[SigningToken.Variable] = Folder;
}
