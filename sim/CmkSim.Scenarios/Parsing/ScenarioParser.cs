using CmkSim.Engine.Time;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Reads one scenario document top-down, collecting every error before giving up.</summary>
internal sealed class ScenarioParser(string displayPath, string baseDirectory, int scale)
{
    private static readonly string[] TopKeys = ["name", "description", "seed", "span", "tenant", "steps", "expect", "platform"];
    // Not a rule's duration: how long a scenario without a span runs past its last step or expectation (not EN-07's 24 hours).
    private static readonly TimeSpan Tail = TimeSpan.FromDays(1);
    private readonly ErrorSink errors = new(displayPath);

    public Scenario Parse(string yaml)
    {
        var root = Document(yaml);
        var scenario = root is null ? null : Scenario(root);
        if (errors.Errors.Count > 0 || scenario is null)
        {
            throw new ScenarioValidationException(errors.Errors);
        }

        return scenario;
    }

    private MappingReader? Document(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            if (HiddenCharacters.InFile(yaml) is { } hidden)
            {
                errors.Errors.Add(new ScenarioError(new SourceLocation(displayPath, hidden.Line, hidden.Column), "yaml",
                    $"the file contains {HiddenCharacters.Describe(hidden.Character)}: it could hide or reorder what the file does; remove it"));
                return null;
            }

            YamlShape.Check(yaml);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlShape.Problem e)
        {
            errors.Errors.Add(new ScenarioError(new SourceLocation(displayPath, e.Where.Line, e.Where.Column), "yaml", e.Message));
            return null;
        }
        catch (YamlException e) when (!e.Message.Contains("flow", StringComparison.OrdinalIgnoreCase) || UnclosedBracket.Find(yaml) is null)
        {
            // YamlDotNet's message already says what it expected; keep its position.
            var (line, column) = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentation.Find(yaml) is { } tab
                ? tab
                : (e.Start.Line, e.Start.Column);
            errors.Errors.Add(new ScenarioError(new SourceLocation(displayPath, line, column), "yaml", SyntaxMessage(e)));
            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // A '{' or '[' left open: YamlDotNet notices only at the end of the file (or throws without a position),
            // so point at the bracket instead.
            var where = UnclosedBracket.Find(yaml) is { } open ? new SourceLocation(displayPath, open.Line, open.Column) : new SourceLocation(displayPath, 1, 1);
            errors.Errors.Add(new ScenarioError(where, "yaml", "YAML syntax error: this '{' or '[' is never closed (expected a matching '}' or ']')"));
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            var (where, message) = stream.Documents.Count == 0
                ? (new SourceLocation(displayPath, 1, 1), "the file is empty: expected a scenario (name, tenant, steps, expect)")
                : (errors.At(stream.Documents[1].RootNode), $"expected one YAML document, found {stream.Documents.Count}: remove the '---' separators");
            errors.Errors.Add(new ScenarioError(where, "yaml", message));
            return null;
        }

        return MappingReader.Of(stream.Documents[0].RootNode, string.Empty, errors);
    }

    private Scenario? Scenario(MappingReader top)
    {
        top.RejectUnknown(TopKeys, "top-level key");
        var name = top.Name("name", required: true, "the scenario's name");
        var description = Description(top);
        var seed = top.Get("seed") is { } seedNode ? Scalars.Long(seedNode, "seed", errors) : 0;
        var span = top.Duration("span", required: false);
        var tenantNode = top.Require("tenant", "a mapping with users, subscriptions and environments");
        var tenantReader = tenantNode is null ? null : MappingReader.Of(tenantNode, "tenant", errors);
        var tenant = tenantReader is null ? new TenantSpec([], [], []) : new TenantParser(errors, scale).Parse(tenantReader);
        var platform = top.Get("platform") is { } platformNode && MappingReader.Of(platformNode, "platform", errors) is { } platformReader
            ? new PlatformParser(errors).Parse(platformReader)
            : PlatformSpec.Default;
        var context = new ParseContext(tenant, baseDirectory, errors) { Silos = platform.Silos };

        var steps = List(top, "steps", ScenarioLimits.Steps) is { } stepList ? new StepParser(context).Parse(stepList) : [];
        var expectationParser = new ExpectationParser(context, steps.Count, OperationBindings.Collect(steps.OfType<ScenarioStep>(), errors));
        var expectations = List(top, "expect", ScenarioLimits.Expectations) is { } expectList ? expectationParser.Parse(expectList) : [];
        new RecordBudget(errors).Check(tenant, steps.OfType<ScenarioStep>());
        new NameClashes(errors).Check(steps.OfType<ScenarioStep>());

        var lastStep = steps.OfType<ScenarioStep>().Select(s => s.At).DefaultIfEmpty(TimeSpan.Zero).Max();
        var lastExpectation = expectationParser.Times.Select(t => t.At).DefaultIfEmpty(TimeSpan.Zero).Max();
        var end = span is { } s ? lastStep + s : Max(lastStep, lastExpectation) + Tail;
        foreach (var (at, node) in expectationParser.Times.Where(t => t.At > end))
        {
            errors.Add(node, "expect.at", $"{SimDuration.Format(at)} is after the end of the run ({SimDuration.Format(end)} = last step + span): lengthen span");
        }

        return name is null || seed is null
            ? null
            : new Scenario(name, description, seed.Value, end - lastStep, end, Path.GetFullPath(displayPath), tenant,
                steps.OfType<ScenarioStep>().ToList(), expectations, errors.At(top.Get("name")!)) { Platform = platform };
    }

    /// <summary>Free text shown in reports: bounded, and nothing hidden but newline and tab (no terminal escapes).</summary>
    private string Description(MappingReader top)
    {
        if (top.Get("description") is not { } node)
        {
            return string.Empty;
        }

        var text = Scalars.Text(node, "description", errors, lineBreaks: true) ?? string.Empty;
        if (text.Length > ScenarioLimits.DescriptionLength)
        {
            errors.Add(node, "description", $"is {text.Length} characters long, more than {ScenarioLimits.DescriptionLength}");
        }

        return text;
    }

    private YamlSequenceNode? List(MappingReader top, string key, int limit)
    {
        if (top.Get(key) is not { } node)
        {
            return null;
        }

        if (node is YamlSequenceNode { Children.Count: > 0 } tooLong && tooLong.Children.Count > limit)
        {
            errors.Add(node, key, $"has {tooLong.Children.Count} entries, more than {limit}, the most a scenario may have");
            return null;
        }

        if (node is YamlSequenceNode list)
        {
            return list;
        }

        errors.Add(node, key, $"expected a list (one '- ' item per entry), found a {Scalars.Describe(node)}");
        return null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string SyntaxMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; the location is printed already.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return "YAML syntax error: " + (message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message);
    }
}
