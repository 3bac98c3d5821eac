namespace CmkSim.Scenarios.Model;

/// <summary>
/// A step's arguments, already converted to their kinds: string (also user, enum, key version and subscription),
/// int, bool, double (share), TimeSpan (duration), <see cref="EnvironmentSelection"/> (environment(s)), string list, or full path (file).
/// </summary>
public sealed class StepArguments
{
    private readonly IReadOnlyDictionary<string, object> values;

    public StepArguments(IReadOnlyDictionary<string, object> values) => this.values = values;

    public IReadOnlyDictionary<string, object> Values => values;

    public bool Has(string name) => values.ContainsKey(name);

    public string String(string name) => Get<string>(name);

    public string? OptionalString(string name) => values.TryGetValue(name, out var v) ? (string)v : null;

    public int Int(string name) => Get<int>(name);

    public int? OptionalInt(string name) => values.TryGetValue(name, out var v) ? (int)v : null;

    public bool Bool(string name) => Get<bool>(name);

    public double Share(string name) => Get<double>(name);

    public bool? OptionalBool(string name) => values.TryGetValue(name, out var v) ? (bool)v : null;

    public TimeSpan Duration(string name) => Get<TimeSpan>(name);

    public TimeSpan? OptionalDuration(string name) => values.TryGetValue(name, out var v) ? (TimeSpan)v : null;

    public EnvironmentSelection Environments(string name) => Get<EnvironmentSelection>(name);

    public IReadOnlyList<string> Strings(string name) => Get<IReadOnlyList<string>>(name);

    private T Get<T>(string name) =>
        values.TryGetValue(name, out var v)
            ? (T)v
            : throw new KeyNotFoundException($"The step has no argument '{name}'.");
}
