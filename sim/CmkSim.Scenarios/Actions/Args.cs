using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>Short builders for the argument schemas the action records declare.</summary>
internal static class Args
{
    public static ArgumentSpec Req(string name, ArgumentKind kind = K.String) => new(name, kind, true, []);

    public static ArgumentSpec Opt(string name, ArgumentKind kind = K.String) => new(name, kind, false, []);

    public static ArgumentSpec MinDuration(ArgumentSpec spec, TimeSpan min, string why) => spec with { MinDuration = min, Why = why };

    public static ArgumentSpec ReqEnum(string name, IReadOnlyList<string> values) => new(name, K.Enum, true, values);

    public static ArgumentSpec OptEnum(string name, IReadOnlyList<string> values) => new(name, K.Enum, false, values);
}
