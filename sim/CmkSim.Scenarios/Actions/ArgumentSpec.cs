namespace CmkSim.Scenarios.Actions;

/// <summary>One argument of an action: its name, kind, whether it must be given, and for enums the allowed values.</summary>
public sealed record ArgumentSpec(string Name, ArgumentKind Kind, bool Required, IReadOnlyList<string> Values)
{
    public string Describe() => Kind switch
    {
        ArgumentKind.Enum => $"one of {string.Join(", ", Values)}",
        ArgumentKind.Environments => "an environment name or glob, or a list of them",
        ArgumentKind.Environment => "the name of one declared environment",
        ArgumentKind.User => "a declared user",
        ArgumentKind.Subscription => "a declared subscription",
        ArgumentKind.Duration => "a duration such as 90d, 1h30m or P90D",
        ArgumentKind.File => "a file path relative to the scenario file",
        ArgumentKind.StringList => "a list of strings",
        ArgumentKind.KeyVersion => "current, previous or a version number (1 = first)",
        ArgumentKind.Int => "a whole number",
        ArgumentKind.Bool => "true or false",
        _ => "text",
    };
}
