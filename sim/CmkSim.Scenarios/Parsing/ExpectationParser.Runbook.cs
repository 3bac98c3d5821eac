using System.Globalization;
using CmkSim.Domain.Environments;
using CmkSim.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>The kinds a runbook rehearsal adds: an operation's status, a resource's key version, the posture at the end.</summary>
internal sealed partial class ExpectationParser
{
    private static readonly string[] OperationKeys = ["at", "operation", "operationStatus"];
    private static readonly string[] BoundKeys = ["atMost", "atLeast"];
    private static readonly string[] PostureKeys = [.. PostureFacts.All, "verdict"];

    /// <summary><c>at</c> + <c>operation</c> (a name a runbook step bound) + <c>operationStatus</c>.</summary>
    private OperationExpectation? RunbookOperation(MappingReader expect)
    {
        expect.RejectUnknown(OperationKeys, "key for an operation expectation (add environments to check an environment's History)");
        var before = Errors.Errors.Count;
        var at = expect.Duration("at", required: true);
        var name = expect.Name("operation", required: true, "the name a runbook step's operation: argument gave");
        var status = expect.Require("operationStatus", "Running, Succeeded or Failed") is not null ? expect.Enum<OperationStatus>("operationStatus") : null;
        if (name is not null && !(operations ?? []).Contains(name, StringComparer.Ordinal))
        {
            var bound = operations is null || operations.Count == 0 ? "no step binds one" : $"steps bind {string.Join(", ", operations)}";
            Errors.Add(expect.Get("operation")!, expect.Field("operation"),
                $"no step binds operation '{name}'{Suggestions.DidYouMean(name, operations ?? [])}: give a runbook step operation: {name} ({bound})");
        }

        if (at is { } time)
        {
            Times.Add((time, expect.Get("at")!));
        }

        return at is { } t && name is not null && status is { } s && Errors.Errors.Count == before
            ? new OperationExpectation(Errors.At(expect.Node), t, name, s)
            : null;
    }

    /// <summary><c>resource</c> says whose data key <c>keyVersion</c> reads: database (the default), fileStorage or searchIndex.</summary>
    private StorageResource? Resource(MappingReader expect)
    {
        if (!expect.Has("resource"))
        {
            return null;
        }

        if (!expect.Has("keyVersion"))
        {
            Errors.Add(expect.KeyNode("resource"), expect.Field("resource"), "checks nothing without keyVersion: resource says whose data key keyVersion reads");
        }

        return expect.Enum<StorageResource>("resource");
    }

    /// <summary><c>posture: { fact: N | { atMost: N, atLeast: N }, ..., verdict: Sound|AtRisk|DataLost }</c>, checked at the end of the run.</summary>
    private PostureExpectation? Posture(MappingReader expect)
    {
        expect.RejectUnknown(["posture"], "key for a posture expectation (its facts go inside posture:)");
        var before = Errors.Errors.Count;
        if (MappingReader.Of(expect.Get("posture")!, expect.Field("posture"), Errors) is not { } posture)
        {
            return null;
        }

        posture.RejectUnknown(PostureKeys, "posture fact");
        if (!PostureKeys.Any(posture.Has))
        {
            Errors.Add(posture.Node, posture.Path, $"checks nothing: expected one or more of {string.Join(", ", PostureKeys)}");
        }

        var facts = new List<PostureBound>();
        foreach (var fact in PostureFacts.All.Where(posture.Has))
        {
            if (Bound(fact, posture.Get(fact)!, posture.Field(fact)) is { } bound)
            {
                facts.Add(bound);
            }
        }

        var verdict = posture.Enum<PostureVerdict>("verdict");
        return Errors.Errors.Count == before ? new PostureExpectation(Errors.At(expect.Node), facts, verdict) : null;
    }

    /// <summary>A number (exactly that), or a mapping with <c>atMost</c> and/or <c>atLeast</c>.</summary>
    private PostureBound? Bound(string fact, YamlNode node, string field)
    {
        if (node is not YamlMappingNode)
        {
            return Number(fact, node, field) is { } exactly ? new PostureBound(fact, exactly, null, null) : null;
        }

        var bounds = MappingReader.Of(node, field, Errors)!;
        bounds.RejectUnknown(BoundKeys, "bound");
        var most = bounds.Get("atMost") is { } m ? Number(fact, m, bounds.Field("atMost")) : null;
        var least = bounds.Get("atLeast") is { } l ? Number(fact, l, bounds.Field("atLeast")) : null;
        if (!BoundKeys.Any(bounds.Has))
        {
            Errors.Add(node, field, "bounds nothing: expected atMost, atLeast or both (or a number for exactly that)");
        }
        else if (most is { } high && least is { } low && low > high)
        {
            Errors.Add(bounds.Get("atLeast")!, bounds.Field("atLeast"), $"atLeast {PostureBound.Text(low)} is more than atMost {PostureBound.Text(high)}");
        }

        return most is null && least is null ? null : new PostureBound(fact, null, most, least);
    }

    private double? Number(string fact, YamlNode node, string field)
    {
        var text = Scalars.Text(node, field, Errors);
        var whole = PostureFacts.IsCount(fact);
        var style = whole ? NumberStyles.None : NumberStyles.AllowDecimalPoint;
        if (text is not null && double.TryParse(text, style, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        if (text is not null)
        {
            Errors.Add(node, field, $"'{text}' is not {(whole ? "a whole number (0 or more)" : "a number of hours (0 or more, such as 10 or 2.5)")}");
        }

        return null;
    }
}
