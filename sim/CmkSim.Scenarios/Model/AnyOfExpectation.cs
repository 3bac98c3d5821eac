namespace CmkSim.Scenarios.Model;

/// <summary>
/// Either-or: at least one of <see cref="Alternatives"/> (two or more expectations of any other kind) must hold,
/// e.g. "the encryption fails or the add is refused". Each alternative is checked when it would be on its own.
/// </summary>
public sealed record AnyOfExpectation(SourceLocation Location, IReadOnlyList<Expectation> Alternatives) : Expectation(Location);
