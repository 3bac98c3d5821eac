namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EP-02: "location is one of: unitedstates, southafrica, switzerland, germany, unitedarabemirates, france, uk,
/// japan, india, canada, southamerica, europe, asia, australia, korea, norway, singapore." The list is the vocabulary
/// <see cref="Policies.PolicyLocationNames"/>.
/// </summary>
[RuleHome(RuleId.EP02)]
public static class Ep02PolicyLocation
{
    /// <param name="allowed">The allowed locations, in the order the refusal lists them.</param>
    [Enforces(RuleId.EP02)]
    public static Decision? Refusal(string location, IReadOnlyCollection<string> allowed) => allowed.Contains(location)
        ? null
        : Decision.Refuse(RuleId.EP02, $"location '{location}' is not one of {string.Join(", ", allowed)}");
}
