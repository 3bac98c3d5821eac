namespace CmkSim.Domain.Policies;

/// <summary>The ARM names of <see cref="PolicyLocation"/> (<c>"unitedstates"</c>, <c>"uk"</c>, ...), the seed's EP-02 list.</summary>
public static class PolicyLocationNames
{
    private static readonly Dictionary<string, PolicyLocation> ByName =
        Enum.GetValues<PolicyLocation>().ToDictionary(ToArmName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every ARM name, in the seed's order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<PolicyLocation>().Select(ToArmName).ToArray();

    /// <summary>The lower-case name ARM templates and the admin center use.</summary>
    public static string ToArmName(this PolicyLocation location) => location.ToString().ToLowerInvariant();

    /// <summary>
    /// Reads an ARM location name. Case is ignored because ARM compares locations case-insensitively; the enum's own
    /// member names with different spacing (e.g. "United States") are not ARM names and are refused.
    /// </summary>
    public static bool TryParse(string? name, out PolicyLocation location)
    {
        location = default;
        return name is not null && ByName.TryGetValue(name, out location);
    }

    public static PolicyLocation Parse(string name) => TryParse(name, out var location)
        ? location
        : throw new FormatException($"'{name}' is not an enterprise policy location; expected one of {string.Join(", ", All)}");
}
