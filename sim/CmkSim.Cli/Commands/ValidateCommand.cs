using System.CommandLine;
using CmkSim.Cli.Terminal;
using CmkSim.Reports.Output;
using CmkSim.Simulation.Runs;

namespace CmkSim.Cli.Commands;

/// <summary><c>cmksim validate</c>: checks scenario files without running them; every error with file:line:column.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "scenario files or folders (folders: every *.yaml / *.yml inside)", Arity = ArgumentArity.OneOrMore };
        var scale = ScaleOption.Create();
        var command = new Command("validate", "Check scenario files (YAML syntax, actions, actors, arguments, times, expectations) without running them")
        {
            paths,
            scale,
        };
        command.SetAction(parse => Validate(parse.GetValue(paths) ?? [], parse.GetValue(scale)));
        return command;
    }

    private static int Validate(IReadOnlyList<string> paths, int scale)
    {
        var (files, missing, refused) = ScenarioFiles.Expand(paths);
        foreach (var path in missing)
        {
            Console.Error.WriteLine($"cmksim: {TerminalText.Safe(path)}: no such file or folder");
        }

        refused.ToList().ForEach(error => Console.Error.WriteLine(TerminalText.Safe(error.ToString())));

        // Like run: nothing to validate is an error, not a pass.
        var invalid = missing.Count + refused.Count;
        if (files.Count == 0 && invalid == 0)
        {
            Console.Error.WriteLine($"cmksim: no *.yaml or *.yml files in {TerminalText.Safe(string.Join(", ", paths))}");
            invalid++;
        }

        // Each file as it is checked (a long validation shows progress and can be interrupted), with what run would
        // refuse before running: a name that can't be a report folder, or one an earlier file's report folder has.
        var named = new List<(string Name, string Where)>();
        foreach (var input in files.Select(file => ScenarioInput.Load(file, scale)))
        {
            List<string> clashes = [];
            if (input.Scenario is { } loaded)
            {
                var where = loaded.NameLocation.ToString();
                named.Add((loaded.Name, where));
                clashes = [.. RunPlan.NameProblems(named).Where(p => p.StartsWith(where + ":", StringComparison.Ordinal))];
            }

            if (input.Scenario is { } scenario && clashes.Count == 0)
            {
                Console.Out.WriteLine($"ok  {TerminalText.Safe(input.File)}  ({scenario.Steps.Count} steps, {scenario.Tenant.Environments.Count} environments, {scenario.Expectations.Count} expectations)");
                continue;
            }

            clashes.ForEach(problem => Console.Error.WriteLine(TerminalText.Safe(problem)));

            invalid++;
            foreach (var error in input.Errors)
            {
                Console.Error.WriteLine(TerminalText.Safe(error.ToString()));
            }
        }

        return invalid == 0 ? CliErrors.Ok : CliErrors.InvalidInput;
    }
}
