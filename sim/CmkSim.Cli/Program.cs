using System.CommandLine;
using System.CommandLine.Invocation;
using CmkSim.Cli.Commands;
using CmkSim.Cli.Terminal;

// Scenario text reaches the console in names, messages and paths: no control character gets through raw.
SafeConsoleWriter.Install();

using var signals = new TerminationSignals(Console.Error);
CliErrors.Signals = signals;
// An exception on a thread no guard sees still ends as one line and exit 3, not as an abort (exit 134) with a stack trace.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    if (signals.ExitingAtOnce)
    {
        return;
    }

    Console.Error.WriteLine(CliErrors.RuntimeFailure(e.ExceptionObject as Exception ?? new InvalidOperationException($"{e.ExceptionObject}")));
    Environment.Exit(CliErrors.Failure);
};

var verbose = new Option<bool>("--verbose") { Description = "on a runtime failure (exit 3), print the whole exception, not just one line", Recursive = true };
var root = new RootCommand("cmksim: a discrete-event simulation and compliance testbed for Power Platform customer-managed keys") { verbose };
root.Subcommands.Add(SmokeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(LoadCommand.Create());
root.Subcommands.Add(GraphCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ListCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(VerifyCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(SiloCommand.Create());
root.Subcommands.Add(HsmProbeCommand.Create());

return await CliErrors.Guard(async () =>
{
    var parse = root.Parse(args);
    CliErrors.Verbose = parse.GetValue(verbose);
    if (parse.Errors.Count > 0)
    {
        // Invalid input exits 2 (1 is kept for "an expectation failed").
        foreach (var error in parse.Errors)
        {
            Console.Error.WriteLine($"cmksim: {CliErrors.OneLine(error.Message)}");
        }

        Console.Error.WriteLine("Run 'cmksim --help' for usage.");
        return CliErrors.InvalidInput;
    }

    // Actions that take a cancellation token stop cleanly on the first signal; the others (validate, list, verify,
    // graph, help) are not worth stopping cleanly and exit at once.
    signals.Cooperative = parse.Action is AsynchronousCommandLineAction;
    signals.Consequence = CommandPath(parse) switch
    {
        "run" => "run cancelled; --out left as it was (nothing of this run written)",
        var command => $"{command} cancelled",
    };

    // No ProcessTerminationTimeout: TerminationSignals handles SIGINT/SIGTERM (see there why), and the guard around
    // this call handles every exception, so System.CommandLine's own handlers stay off.
    var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
    return await parse.InvokeAsync(invocation, signals.Token);
});

static string CommandPath(ParseResult parse)
{
    var names = new List<string>();
    for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
    {
        names.Insert(0, result.Command.Name);
    }

    return names.Count == 0 ? "cmksim" : string.Join(' ', names);
}
