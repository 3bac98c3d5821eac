using System.CommandLine;
using CmkSim.Cli.Terminal;
using CmkSim.Simulation.RuleIndex;

namespace CmkSim.Cli.Commands;

/// <summary>
/// <c>cmksim rules [ID]</c>: each rule of the catalogue with its home, where it is enforced, checked and cited, and the
/// tests and scenarios exercising it, all found in the code (<see cref="RuleIndexer"/>); this command only prints.
/// </summary>
internal static class RulesCommand
{
    private const string NoSourceTree = "source tree not found (use --source)";

    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "a rule ID (e.g. EN-08) for its full detail; none for the table of every rule", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "print the index as JSON (the scanned parts are null without a source tree)" };
        var source = new Option<string?>("--source") { HelpName = "dir", Description = "the CmkSim checkout to scan for citations, tests and scenarios (default: the one above the current folder or the program)" };
        var command = new Command("rules",
            "Print each rule with its home (grains/CmkSim.Domain/Rules), where it is enforced, checked and cited, and the tests and scenarios that exercise it; "
            + "e.g. 'cmksim rules' for the table, 'cmksim rules EN-08' for one rule")
        {
            id, json, source,
        };
        command.SetAction(parse => Print(parse.GetValue(id), parse.GetValue(json), parse.GetValue(source)));
        return command;
    }

    private static int Print(string? id, bool json, string? source)
    {
        if (source is not null && !SourceTree.IsCheckout(source))
        {
            Console.Error.WriteLine($"cmksim: --source '{TerminalText.Safe(source)}': no {SourceTree.SolutionFile} there; pass the folder of a CmkSim checkout");
            return CliErrors.InvalidInput;
        }

        var index = RuleIndexer.Build(source is null ? SourceTree.Locate() : Path.GetFullPath(source));
        IReadOnlyList<IndexedRule> rules = index.Rules;
        if (id is not null)
        {
            if (index.Find(id) is not { } rule)
            {
                Console.Error.WriteLine($"cmksim: no rule '{TerminalText.Safe(id)}'; valid IDs: {string.Join(", ", index.Rules.Select(r => r.Rule.Id))}");
                return CliErrors.InvalidInput;
            }

            rules = [rule];
        }

        if (json)
        {
            Console.Out.WriteLine(RuleIndexJson.Write(index, rules));
        }
        else if (id is null)
        {
            PrintTable(index);
        }
        else
        {
            PrintDetail(index, rules[0]);
        }

        foreach (var problem in index.Problems)
        {
            Console.Error.WriteLine($"cmksim: {TerminalText.Safe(problem)}");
        }

        return CliErrors.Ok;
    }

    private static void PrintTable(RuleIndexResult index)
    {
        string[] header = ["ID", "KIND", "HOME", "ENFORCED", "CHECKED", "CITED", "TESTS", "SCENARIOS"];
        var rows = index.Rules.Select(r => new[]
        {
            r.Rule.Id,
            RuleIndexJson.KindName(r.Rule.Kind),
            r.Homes.Count == 0 ? "-" : string.Join(", ", r.Homes.Select(h => TerminalText.Safe(h.At.File))),
            Count(r.EnforcedAt),
            Count(r.CheckedAt),
            Count(r.CitedAt),
            Count(r.Tests),
            Count(r.Scenarios),
        }).ToList();
        var widths = header.Select((h, column) => rows.Select(r => r[column].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            // Text columns left-aligned, counts right-aligned under their heading.
            Console.Out.WriteLine(string.Join("  ", row.Select((cell, column) => column < 3 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]))).TrimEnd());
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine($"{index.Rules.Count} rules; one rule in full: cmksim rules EN-08");
        if (!index.SourceTreeFound)
        {
            Console.Out.WriteLine($"cited, tests and scenarios: {NoSourceTree}");
        }
    }

    private static void PrintDetail(RuleIndexResult index, IndexedRule rule)
    {
        Console.Out.WriteLine($"{rule.Rule.Id}  {RuleIndexJson.KindName(rule.Rule.Kind)}");
        Console.Out.WriteLine($"  {TerminalText.Safe(rule.Rule.Summary)}");
        Console.Out.WriteLine($"  seed: {TerminalText.Safe(rule.Rule.Source)}");
        Section("home", rule.Homes.Select(Link).ToList(), none: "none yet (a rule home is grains/CmkSim.Domain/Rules/<Id><Subject>.cs)");
        Section("enforced at", rule.EnforcedAt.Select(Link).ToList(), none: "none marked [Enforces]");
        Section("checked at", rule.CheckedAt.Select(Link).ToList(), none: "none marked [ChecksFinding]");
        if (!index.SourceTreeFound)
        {
            Console.Out.WriteLine($"cited at: {NoSourceTree}");
            Console.Out.WriteLine($"tests and scenarios: {NoSourceTree}");
            return;
        }

        Section("cited at", rule.CitedAt!.Select(l => TerminalText.Safe(l.ToString())).ToList(), none: "none");
        Section("tests", rule.Tests!.Select(t => $"{TerminalText.Safe(t.Test)}  {TerminalText.Safe(t.At.ToString())}").ToList(), none: "none");
        Section("scenarios", rule.Scenarios!.Select(s => $"{TerminalText.Safe(s.File)}: line{(s.Lines.Count == 1 ? "" : "s")} {string.Join(", ", s.Lines)}").ToList(), none: "none");
    }

    private static string Link(CodeLink link) => $"{TerminalText.Safe(link.Member)}  {TerminalText.Safe(link.At.ToString())}";

    private static void Section(string title, IReadOnlyList<string> lines, string none)
    {
        Console.Out.WriteLine(lines.Count == 0 ? $"{title}: {none}" : $"{title} ({lines.Count}):");
        foreach (var line in lines)
        {
            Console.Out.WriteLine($"  {line}");
        }
    }

    private static string Count<T>(IReadOnlyList<T>? items) => items is null ? "?" : items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
