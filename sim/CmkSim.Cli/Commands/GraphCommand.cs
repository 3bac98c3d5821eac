using System.CommandLine;
using CmkSim.Grains.Graphs;
using CmkSim.Simulation.Architecture;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim graph</c>: every state machine (guards named by their rule), then the layers, as Mermaid or DOT.</summary>
internal static class GraphCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "mermaid or dot", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var command = new Command("graph",
            "Print every lifecycle state machine (guarded edges name their rule) and the layers the assemblies form, as Mermaid (default) or DOT") { format };
        command.SetAction(parse =>
        {
            var dot = parse.GetValue(format) == "dot";
            foreach (var machine in StateMachineCatalog.All())
            {
                Console.WriteLine(dot ? $"// {machine.Name}" : $"%% {machine.Name}");
                Console.WriteLine(dot ? machine.Dot : machine.Mermaid);
                Console.WriteLine();
            }

            var layers = AssemblyLayers.From(typeof(GraphCommand).Assembly);
            Console.WriteLine(dot ? "// Layers (assembly references)" : "%% Layers (assembly references)");
            Console.Write(dot ? layers.Dot() : layers.Mermaid());
            return CliErrors.Ok;
        });
        return command;
    }
}
