using CmkSim.Simulation.Runs;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// A scenario found in a folder must be inside it: a link out of the folder is refused unread. Before, a shared
/// folder's "shared.yaml" linked to a file of the user's was parsed, and its values came back in the error messages.
/// </summary>
public sealed class ScenarioFolderLinkTests
{
    [Fact]
    public void A_link_out_of_the_folder_is_refused_unread_and_a_link_within_it_is_read()
    {
        var root = Directory.CreateTempSubdirectory("cmksim-links-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, "shared")).FullName;
            File.WriteAllText(Path.Combine(root, "secret"), "name: t\nseed: AKIA-NOT-TO-BE-SHOWN\n");
            File.WriteAllText(Path.Combine(folder, "inside.yaml"), "name: inside\n");
            File.CreateSymbolicLink(Path.Combine(folder, "out.yaml"), Path.Combine(root, "secret"));
            File.CreateSymbolicLink(Path.Combine(folder, "within.yaml"), "inside.yaml");

            var (files, missing, refused) = ScenarioFiles.Expand([folder]);

            Assert.Equal(["inside.yaml", "within.yaml"], files.Select(Path.GetFileName));
            Assert.Empty(missing);
            var error = Assert.Single(refused);
            Assert.Equal(Path.Combine(folder, "out.yaml"), error.Where.File);
            Assert.Contains("is a link out of the folder", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("AKIA", error.ToString(), StringComparison.Ordinal);
            // Named on the command line, a link is used as named.
            Assert.Equal([Path.Combine(folder, "out.yaml")], ScenarioFiles.Expand([Path.Combine(folder, "out.yaml")]).Files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
