namespace CmkSim.Tests.Properties;

/// <summary>
/// One generated scenario step: the time since the previous step, who acts, the action and its arguments in the
/// scenario language's words (written as they appear in a scenario file, so a sequence prints as one).
/// </summary>
public sealed record GeneratedStep(TimeSpan Gap, string Actor, string Action, IReadOnlyList<(string Name, string Value)> Args)
{
    public string? Arg(string name) => Args.FirstOrDefault(a => a.Name == name).Value;

    public override string ToString() => $"+{PropertyTenant.Duration(Gap)} {Actor} {Action} {string.Join(" ", Args.Select(a => $"{a.Name}={a.Value}"))}";
}

/// <summary>A generated run: the tenant's environments it declares (a prefix of the fixed list), the world seed and the steps.</summary>
public sealed record GeneratedRun(int Environments, long Seed, IReadOnlyList<GeneratedStep> Steps)
{
    public override string ToString() => $"{Steps.Count} steps, {Environments} environments, seed {Seed}";
}
