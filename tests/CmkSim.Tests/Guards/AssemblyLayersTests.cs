using CmkSim.Simulation.Architecture;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Guards;

/// <summary>`cmksim graph` draws the layers from the compiled references: the domain at the bottom, Orleans only above it.</summary>
public sealed class AssemblyLayersTests
{
    [Fact]
    public void The_compiled_layers_keep_the_domain_crypto_engine_and_reports_free_of_Orleans()
    {
        var layers = AssemblyLayers.From(typeof(AssemblyLayers).Assembly);

        Assert.Contains("Domain", layers.Layers);
        Assert.DoesNotContain(layers.Edges, e => e.From == "Domain"); // the domain uses nothing of ours, nor Orleans
        Assert.DoesNotContain(layers.Edges, e => e.From is "Crypto" or "Engine" or "Reports" or "Scenarios" && e.To is "Orleans" or "Contracts" or "Grains");
        Assert.Contains(("Grains", "Domain"), layers.Edges);
        Assert.DoesNotContain(("Grains", "Engine"), layers.Edges);
    }

    [Fact]
    public async Task Cmksim_graph_ends_with_the_layers()
    {
        var result = await CmkSimProcess.RunAsync("graph");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("%% Layers (assembly references)", result.Output);
        Assert.Contains("Contracts --> Domain", result.Output);
    }
}
