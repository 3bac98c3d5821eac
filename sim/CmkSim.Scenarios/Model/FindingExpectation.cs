namespace CmkSim.Scenarios.Model;

/// <summary>
/// The compliance report must raise a finding citing <see cref="RuleId"/>, or with <see cref="Absent"/> must not.
/// The finding can be pinned: its subject (<see cref="Subject"/>, exact or a <c>*</c> glob), the time window it was
/// raised in (<see cref="From"/>..<see cref="To"/>, both inclusive, from the start of the run) and how many such
/// findings there are (<see cref="Count"/>, exactly; null: at least one).
/// </summary>
public sealed record FindingExpectation(
    SourceLocation Location,
    string RuleId,
    bool Absent = false,
    string? Subject = null,
    int? Count = null,
    TimeSpan? From = null,
    TimeSpan? To = null) : Expectation(Location);
