namespace CmkSim.Domain.Vaults.Throttling;

/// <summary>
/// One 10-s window's evidence for one vault (or subscription) and class of transaction: what was admitted against
/// the limit, and how many calls got 429. Only windows that saw a call are kept (sparse).
/// </summary>
public sealed record ThrottleWindow(DateTimeOffset Start, string Class, int Limit, int Admitted, int Rejected);
