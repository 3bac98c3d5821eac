namespace CmkSim.Crypto.Envelope;

/// <summary>
/// How long an unwrapped data key stays in memory. It is the delay between revoking a key and reads failing:
/// zero unwraps on every read (a revocation bites at once), longer lifetimes save HSM calls.
/// </summary>
public sealed record DataKeyCacheOptions(TimeSpan Lifetime)
{
    // Not a rule's duration: a cache lifetime (HSM calls saved against revocation delay); LK-03's five minutes is unrelated.
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    public static DataKeyCacheOptions None { get; } = new(TimeSpan.Zero);

    public static DataKeyCacheOptions Default { get; } = new(DefaultLifetime);
}
