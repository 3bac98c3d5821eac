using System.CommandLine;
using CmkSim.Cli.Terminal;
using CmkSim.Scenarios;
using CmkSim.Simulation.Runs;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim list</c>: one line per scenario file: file, name and the first line of its description.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "folder to list (recursively)", DefaultValueFactory = _ => "scenarios/" };
        var command = new Command("list", "List the scenarios in a folder: file, name, first line of the description") { folder };
        command.SetAction(parse => List(parse.GetValue(folder) ?? "scenarios/"));
        return command;
    }

    private static int List(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"cmksim: {TerminalText.Safe(folder)}: no such folder");
            return CliErrors.InvalidInput;
        }

        var (files, _, refused) = ScenarioFiles.Expand([folder]);
        var rows = files.Select(Row)
            .Concat(refused.Select(error => (File: TerminalText.Safe(error.Where.File), Name: "(invalid)", Summary: "can't be read", FileError: (ScenarioError?)error)))
            .OrderBy(row => row.File, StringComparer.Ordinal).ToList();
        var unreadable = 0;
        var width = rows.Select(r => r.File.Length).DefaultIfEmpty(0).Max();
        var nameWidth = rows.Select(r => r.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var (file, name, summary, fileError) in rows)
        {
            Console.Out.WriteLine($"{file.PadRight(width)}  {name.PadRight(nameWidth)}  {summary}".TrimEnd());
            if (fileError is not null)
            {
                // A file that can't be read at all (a FIFO, a device, a link loop, ...) is bad input, as in validate and run.
                Console.Error.WriteLine(fileError);
                unreadable++;
            }
        }

        return unreadable == 0 ? CliErrors.Ok : CliErrors.InvalidInput;
    }

    private static (string File, string Name, string Summary, ScenarioError? FileError) Row(string file)
    {
        try
        {
            var scenario = ScenarioLoader.Load(file);
            var firstLine = scenario.Description.Split('\n', 2)[0].Trim();
            return (TerminalText.Safe(file), TerminalText.Safe(scenario.Name), TerminalText.Safe(firstLine), null);
        }
        catch (ScenarioValidationException e)
        {
            // Listing still shows the file; validate says what is wrong.
            var fileError = e.Errors.FirstOrDefault(error => error.Field == "file");
            return (TerminalText.Safe(file), "(invalid)",
                fileError is null ? $"{e.Errors.Count} error(s): run cmksim validate {TerminalText.Safe(file)}" : "can't be read", fileError);
        }
    }
}
