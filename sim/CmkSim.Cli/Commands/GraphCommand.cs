using System.CommandLine;
using CmkSim.Grains.Graphs;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim graph</c>: every state machine, as Mermaid or DOT.</summary>
internal static class GraphCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "mermaid or dot", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var command = new Command("graph", "Print every lifecycle state machine as Mermaid (default) or DOT") { format };
        command.SetAction(parse =>
        {
            var dot = parse.GetValue(format) == "dot";
            foreach (var machine in StateMachineCatalog.All())
            {
                Console.WriteLine(dot ? $"// {machine.Name}" : $"%% {machine.Name}");
                Console.WriteLine(dot ? machine.Dot : machine.Mermaid);
                Console.WriteLine();
            }

            return CliErrors.Ok;
        });
        return command;
    }
}
