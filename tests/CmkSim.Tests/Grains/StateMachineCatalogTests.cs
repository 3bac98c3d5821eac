using CmkSim.Grains.Graphs;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Grains;

public sealed class StateMachineCatalogTests
{
    [Fact]
    public void Every_machine_exports_as_Mermaid_and_DOT()
    {
        var machines = StateMachineCatalog.All();

        Assert.Contains(machines, m => m.Name == "Key");
        Assert.Equal(["Key", "KeyVersion", "KeyVault", "EnterprisePolicy", "Backup", "Environment"], machines.Select(m => m.Name));
        Assert.Contains(machines, m => m.Name == "Environment" && m.Mermaid.Contains("Locked --> Deleted : LockExpired"));
        Assert.All(machines, m =>
        {
            Assert.StartsWith("stateDiagram-v2", m.Mermaid);
            Assert.Contains("digraph", m.Dot);
        });
    }

    [Fact]
    public async Task Cmksim_graph_prints_every_machine()
    {
        var result = await CmkSimProcess.RunAsync("graph", "--format", "dot");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("// Key", result.Output);
        Assert.Contains("// KeyVersion", result.Output);
    }
}
