namespace CmkSim.Simulation.Running;

/// <summary>
/// Which version of its customer key wraps an environment's data key: <see cref="Number"/> (1 = the first) of
/// <see cref="Of"/> versions; 0 for a Microsoft-managed key (or a version the key no longer lists).
/// </summary>
internal sealed record KeyVersionFact(int Number, int Of)
{
    public static KeyVersionFact Microsoft { get; } = new(0, 0);

    /// <summary>Whether this is the version a scenario named: <c>current</c>, <c>previous</c>, a number or <c>microsoft</c>.</summary>
    public bool Matches(string wanted) => wanted switch
    {
        "microsoft" => Number == 0,
        "current" => Number > 0 && Number == Of,
        "previous" => Number > 0 && Number == Of - 1,
        _ => Number > 0 && Number == int.Parse(wanted, System.Globalization.CultureInfo.InvariantCulture),
    };

    public override string ToString() => Number == 0 ? "microsoft (no customer key version)" : $"{Number} of {Of}";
}
