using System.CommandLine;
using CmkSim.Cli.Commands;
using CmkSim.Cli.Terminal;

// Scenario text reaches the console in names, messages and paths: no control character gets through raw.
SafeConsoleWriter.Install();

var root = new RootCommand("cmksim: a discrete-event simulation and compliance testbed for Power Platform customer-managed keys");
root.Subcommands.Add(SmokeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(GraphCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ListCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(VerifyCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // Invalid input exits 2 (1 is kept for "an expectation failed").
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"cmksim: {error.Message}");
    }

    Console.Error.WriteLine("Run 'cmksim --help' for usage.");
    return CliErrors.InvalidInput;
}

return await parse.InvokeAsync();
