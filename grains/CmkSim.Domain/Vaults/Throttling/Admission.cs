namespace CmkSim.Domain.Vaults.Throttling;

/// <summary>A limiter's answer: admitted, or 429 with the Retry-After (whole seconds to the window's end).</summary>
public sealed record Admission(bool Admitted, TimeSpan RetryAfter)
{
    public static readonly Admission Admit = new(true, TimeSpan.Zero);

    public static Admission TooManyRequests(TimeSpan retryAfter) => new(false, retryAfter);
}
