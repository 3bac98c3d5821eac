using CmkSim.Domain.Environments;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using CmkSim.Scenarios.Rules;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>
/// Reads <c>expect:</c>. The keys decide the kind: <c>anyOf</c>, <c>finding</c>, or <c>step</c> + <c>refused</c>, or
/// <c>at</c> + <c>environments</c> + the states to check, <c>posture</c>, or <c>at</c> + <c>operation</c> (without
/// <c>environments</c>) for a runbook operation. <paramref name="operations"/>: the operation names steps bind.
/// </summary>
internal sealed partial class ExpectationParser(ParseContext context, int stepCount, IReadOnlyCollection<string>? operations = null)
{
    private static readonly string[] FindingKeys = ["finding", "absent", "subject", "count", "from", "to"];
    private static readonly string[] RefusalKeys = ["step", "refused"];
    private static readonly string[] AnyOfKeys = ["anyOf"];
    private static readonly string[] BackupKeys = ["at", "backup", "keyVersion"];
    private static readonly string[] Checks =
        ["status", "encryption", "keyManagedBy", "readable", "dataLost", "records", "readableRecords", "keyVersion", "operationStatus", "policy"];
    private static readonly string[] StateKeys = ["at", "environments", .. Checks, "operation", "count", "resource"];

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

    private Expectation? Expectation(MappingReader expect, bool nested = false) =>
        expect.Has("anyOf") ? AnyOf(expect, nested)
        : expect.Has("finding") ? Finding(expect)
        : expect.Has("step") || expect.Has("refused") ? Refusal(expect)
        : expect.Has("backup") ? Backup(expect)
        : expect.Has("posture") ? Posture(expect)
        : expect.Has("operation") && !expect.Has("environments") ? RunbookOperation(expect)
        : State(expect);

    /// <summary><c>at</c> + <c>backup</c> + <c>keyVersion</c>: the key version that wraps a backup's data keys.</summary>
    private BackupExpectation? Backup(MappingReader expect)
    {
        expect.RejectUnknown(BackupKeys, "key for a backup expectation");
        var before = Errors.Errors.Count;
        var at = expect.Duration("at", required: true);
        var backup = expect.Name("backup", required: true, "the name a backup step gave the backup");
        var version = expect.Require("keyVersion", "current, previous, a version number or microsoft") is { } node ? KeyVersion(node, expect.Field("keyVersion")) : null;
        if (at is { } time)
        {
            Times.Add((time, expect.Get("at")!));
        }

        return at is { } t && backup is not null && version is not null && Errors.Errors.Count == before
            ? new BackupExpectation(Errors.At(expect.Node), t, backup, version)
            : null;
    }

    /// <summary><c>anyOf: [ ..., ... ]</c>: two or more alternatives of the other kinds (not another anyOf).</summary>
    private AnyOfExpectation? AnyOf(MappingReader expect, bool nested)
    {
        expect.RejectUnknown(AnyOfKeys, "key for an either-or expectation (anyOf takes a list of expectations)");
        if (nested)
        {
            Errors.Add(expect.KeyNode("anyOf"), expect.Field("anyOf"), "an anyOf inside an anyOf: list every alternative in the outer one");
            return null;
        }

        if (expect.Get("anyOf") is not YamlSequenceNode list || list.Children.Count < 2)
        {
            Errors.Add(expect.Get("anyOf")!, expect.Field("anyOf"), "expected a list of two or more expectations, any of which may hold");
            return null;
        }

        var before = Errors.Errors.Count;
        var alternatives = new List<Expectation>();
        var index = 0;
        foreach (var node in list.Children)
        {
            if (MappingReader.Of(node, $"{expect.Field("anyOf")}[{++index}]", Errors) is { } reader && Expectation(reader, nested: true) is { } alternative)
            {
                alternatives.Add(alternative);
            }
        }

        return Errors.Errors.Count == before ? new AnyOfExpectation(Errors.At(expect.Node), alternatives) : null;
    }

    private FindingExpectation? Finding(MappingReader expect)
    {
        expect.RejectUnknown(FindingKeys, "key for a finding expectation");
        var before = Errors.Errors.Count;
        var rule = Rule(expect.Get("finding")!, expect.Field("finding"));
        var absent = expect.Bool("absent") ?? false;
        var subject = expect.Text("subject", required: false);
        var count = expect.Int("count", min: 1);
        var from = expect.Duration("from", required: false);
        var to = expect.Duration("to", required: false);
        if (absent && count is not null)
        {
            Errors.Add(expect.Get("count")!, expect.Field("count"), "absent: true already means a count of 0: give one or the other");
        }

        if (from is { } f && to is { } t && f > t)
        {
            Errors.Add(expect.Get("to")!, expect.Field("to"), $"the window ends ({SimDurationText(t)}) before it starts ({SimDurationText(f)})");
        }

        // A window must lie inside the run, as an environment expectation's time does.
        foreach (var (key, time) in new[] { ("from", from), ("to", to) })
        {
            if (time is { } moment)
            {
                Times.Add((moment, expect.Get(key)!));
            }
        }

        return rule is null || Errors.Errors.Count != before ? null : new FindingExpectation(Errors.At(expect.Node), rule, absent, subject, count, from, to);
    }

    private static string SimDurationText(TimeSpan t) => CmkSim.Engine.Time.SimDuration.Format(t);

    private RefusalExpectation? Refusal(MappingReader expect)
    {
        expect.RejectUnknown(RefusalKeys, "key for a refusal expectation");
        var step = expect.Require("step", $"the 1-based number of the refused step") is not null ? expect.Int("step", min: 1) : null;
        if (step > stepCount)
        {
            Errors.Add(expect.Get("step")!, expect.Field("step"), $"step {step} does not exist: the scenario has {stepCount} step(s)");
            step = null;
        }

        var refused = expect.Require("refused", "a rule ID such as EP-04, true for any rule, or false for a step that succeeded");
        var (ok, rule, isRefused) = refused is null ? (false, null, true) : RefusedRule(refused, expect.Field("refused"));
        return step is { } n && ok ? new RefusalExpectation(Errors.At(expect.Node), n, rule, isRefused) : null;
    }

    /// <summary><c>true</c>: refused for any rule; <c>false</c>: the step succeeded; a rule ID: refused citing it.</summary>
    private (bool Ok, string? Rule, bool Refused) RefusedRule(YamlNode node, string field)
    {
        var text = Scalars.Text(node, field, Errors);
        if (text is null)
        {
            return (false, null, true);
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return (true, null, string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));
        }

        var rule = Rule(node, field);
        return (rule is not null, rule, true);
    }

    private EnvironmentExpectation? State(MappingReader expect)
    {
        expect.RejectUnknown(StateKeys, "key for an environment expectation (or use finding, step + refused, backup, posture, operation or anyOf)");
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
        var operation = Operation(expect);
        var expectation = new EnvironmentExpectation(
            Errors.At(expect.Node), at ?? TimeSpan.Zero, selection!, expect.Enum<EnvironmentStatus>("status"),
            expect.Enum<EncryptionStatus>("encryption"), expect.Enum<KeyManager>("keyManagedBy"),
            expect.Bool("readable"), expect.Bool("dataLost"), count,
            expect.Int("records", max: (int)ScenarioLimits.RecordsPerRun), expect.Int("readableRecords", max: (int)ScenarioLimits.RecordsPerRun),
            expect.Get("keyVersion") is { } version ? KeyVersion(version, expect.Field("keyVersion")) : null,
            operation, expect.Enum<OperationStatus>("operationStatus"), Resource(expect),
            expect.Name("policy", required: false, $"a policy name, or {EnvironmentExpectation.NoPolicy}"));
        if (at is { } time)
        {
            Times.Add((time, expect.Get("at")!));
        }

        return at is null || selection is null || Errors.Errors.Count != before ? null : expectation;
    }

    /// <summary><c>operation</c> names an admin-center History entry and goes with <c>operationStatus</c>.</summary>
    private string? Operation(MappingReader expect)
    {
        if (!expect.Has("operationStatus"))
        {
            if (expect.Has("operation"))
            {
                Errors.Add(expect.KeyNode("operation"), expect.Field("operation"), "checks nothing without operationStatus (Running, Succeeded or Failed)");
            }

            return null;
        }

        var name = expect.Text("operation", required: false) ?? HistoryOperations.UpdateCustomerManagedKey;
        if (HistoryOperations.All.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        Errors.Add(expect.Get("operation")!, expect.Field("operation"), $"'{name}' is not an operation of the environment's History: expected one of {string.Join(", ", HistoryOperations.All.Select(o => $"'{o}'"))}");
        return null;
    }

    /// <summary><c>current</c>, <c>previous</c>, a 1-based version number, or <c>microsoft</c> (no customer key).</summary>
    private string? KeyVersion(YamlNode node, string field)
    {
        var text = Scalars.Text(node, field, Errors);
        if (text is null or "current" or "previous" or "microsoft"
            || (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1))
        {
            return text;
        }

        Errors.Add(node, field, $"'{text}' is not a key version: expected current, previous, a version number (1 = first) or microsoft");
        return null;
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
