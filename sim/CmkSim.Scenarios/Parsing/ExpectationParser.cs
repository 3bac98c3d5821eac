using CmkSim.Domain.Environments;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Rules;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Reads <c>expect:</c>. The keys decide the kind: <c>finding</c>, or <c>step</c> + <c>refused</c>, or
/// <c>at</c> + <c>environments</c> + the states to check.
/// </summary>
internal sealed class ExpectationParser(ParseContext context, int stepCount)
{
    private static readonly string[] FindingKeys = ["finding"];
    private static readonly string[] RefusalKeys = ["step", "refused"];
    private static readonly string[] Checks = ["status", "encryption", "keyManagedBy", "readable", "dataLost"];
    private static readonly string[] StateKeys = ["at", "environments", .. Checks, "count"];

    private ErrorSink Errors => context.Errors;

    /// <summary>The <c>at</c> of each environment expectation, so the loader can check it falls inside the run.</summary>
    public List<(TimeSpan At, YamlNode Node)> Times { get; } = [];

    public IReadOnlyList<Expectation> Parse(YamlSequenceNode list)
    {
        var expectations = new List<Expectation>();
        var index = 0;
        foreach (var node in list.Children)
        {
            if (MappingReader.Of(node, $"expect[{++index}]", Errors) is { } reader && Expectation(reader) is { } expectation)
            {
                expectations.Add(expectation);
            }
        }

        return expectations;
    }

    private Expectation? Expectation(MappingReader expect) =>
        expect.Has("finding") ? Finding(expect)
        : expect.Has("step") || expect.Has("refused") ? Refusal(expect)
        : State(expect);

    private FindingExpectation? Finding(MappingReader expect)
    {
        expect.RejectUnknown(FindingKeys, "key for a finding expectation");
        var rule = Rule(expect.Get("finding")!, expect.Field("finding"));
        return rule is null ? null : new FindingExpectation(Errors.At(expect.Node), rule);
    }

    private RefusalExpectation? Refusal(MappingReader expect)
    {
        expect.RejectUnknown(RefusalKeys, "key for a refusal expectation");
        var step = expect.Require("step", $"the 1-based number of the refused step") is not null ? expect.Int("step", min: 1) : null;
        if (step > stepCount)
        {
            Errors.Add(expect.Get("step")!, expect.Field("step"), $"step {step} does not exist: the scenario has {stepCount} step(s)");
            step = null;
        }

        var refused = expect.Require("refused", "a rule ID such as EP-04, or true for any rule");
        var (ok, rule) = refused is null ? (false, null) : RefusedRule(refused, expect.Field("refused"));
        return step is { } n && ok ? new RefusalExpectation(Errors.At(expect.Node), n, rule) : null;
    }

    private (bool Ok, string? Rule) RefusedRule(YamlNode node, string field)
    {
        var text = Scalars.Text(node, field, Errors);
        if (text is null)
        {
            return (false, null);
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return (true, null);
        }

        var rule = Rule(node, field);
        return (rule is not null, rule);
    }

    private EnvironmentExpectation? State(MappingReader expect)
    {
        expect.RejectUnknown(StateKeys, "key for an environment expectation (or use finding, or step + refused)");
        var at = expect.Duration("at", required: true);
        var selection = expect.Require("environments", "an environment name or glob, or a list of them") is { } node
            ? context.Environments.Select(node, expect.Field("environments"))
            : null;
        if (!Checks.Any(expect.Has))
        {
            Errors.Add(expect.Node, expect.Path, $"checks nothing: expected one or more of {string.Join(", ", Checks)}");
        }

        var count = expect.Int("count");
        if (count is { } c && selection is not null && c > selection.Names.Count)
        {
            Errors.Add(expect.Get("count")!, expect.Field("count"), $"count {c} is more than the {selection.Names.Count} environment(s) matched");
        }

        var before = Errors.Errors.Count;
        var expectation = new EnvironmentExpectation(
            Errors.At(expect.Node), at ?? TimeSpan.Zero, selection!, expect.Enum<EnvironmentStatus>("status"),
            expect.Enum<EncryptionStatus>("encryption"), expect.Enum<KeyManager>("keyManagedBy"),
            expect.Bool("readable"), expect.Bool("dataLost"), count);
        if (at is { } time)
        {
            Times.Add((time, expect.Get("at")!));
        }

        return at is null || selection is null || Errors.Errors.Count != before ? null : expectation;
    }

    private string? Rule(YamlNode node, string field)
    {
        var text = Scalars.Text(node, field, Errors);
        if (text is null || KnownRules.Contains(text))
        {
            return text;
        }

        Errors.Add(node, field, $"unknown rule ID '{text}'{Suggestions.DidYouMean(text, KnownRules.All)}: expected an ID of shared/cmk-rules.md such as KV-01, EP-04 or SD-01");
        return null;
    }
}
