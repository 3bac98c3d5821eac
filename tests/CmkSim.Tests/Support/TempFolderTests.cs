namespace CmkSim.Tests.Support;

/// <summary>Tests that each get a fresh folder of their own under the temp folder, deleted after the test.</summary>
public abstract class TempFolderTests(string prefix) : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
