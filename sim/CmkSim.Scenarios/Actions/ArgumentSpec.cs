namespace CmkSim.Scenarios.Actions;

/// <summary>
/// One argument of an action: its name, kind, whether it must be given, and for enums the allowed values. Int and
/// duration arguments may carry bounds: <see cref="Max"/> for a whole number, <see cref="MinDuration"/> for a
/// duration, with <see cref="Why"/> naming where the bound comes from.
/// </summary>
public sealed record ArgumentSpec(string Name, ArgumentKind Kind, bool Required, IReadOnlyList<string> Values)
{
    public int Max { get; init; } = int.MaxValue;

    public TimeSpan MinDuration { get; init; } = TimeSpan.Zero;

    public string Why { get; init; } = string.Empty;

    public string Describe() => Kind switch
    {
        ArgumentKind.Enum => $"one of {string.Join(", ", Values)}",
        ArgumentKind.EnumList => $"a list of {string.Join(", ", Values)}",
        ArgumentKind.Name => $"a name ({Names.ScenarioNames.Grammar})",
        ArgumentKind.Vault => $"a vault's name ({Names.ScenarioNames.Grammar}), not one of the platform's own: {string.Join(", ", CmkSim.Domain.Vaults.PlatformVaultNames.All)}",
        ArgumentKind.Environments => "an environment name or glob, or a list of them",
        ArgumentKind.Environment => "the name of one declared environment",
        ArgumentKind.User => "a declared user",
        ArgumentKind.Subscription => "a declared subscription",
        ArgumentKind.Duration => "a duration such as 90d, 1h30m or P90D",
        ArgumentKind.File => "a file path relative to the scenario file, inside its folder",
        ArgumentKind.StringList => "a list of strings",
        ArgumentKind.KeyVersion => "current, previous or a version number (1 = first)",
        ArgumentKind.Int => Max == int.MaxValue ? "a whole number" : $"a whole number up to {Max}",
        ArgumentKind.Bool => "true or false",
        ArgumentKind.Share => "a share above 0 and at most 1, such as 0.2",
        _ => "text",
    };
}
