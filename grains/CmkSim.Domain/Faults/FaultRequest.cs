namespace CmkSim.Domain.Faults;

/// <summary>A scenario's fault as its step asks for it: the window opens when the step runs and lasts <see cref="For"/>.</summary>
public sealed record FaultRequest(FaultKind Kind, TimeSpan For, TimeSpan? Added = null, double? Share = null, int? Limit = null)
{
    public Fault At(DateTimeOffset now) => new(Kind, now, now + For, Added, Share, Limit);
}
