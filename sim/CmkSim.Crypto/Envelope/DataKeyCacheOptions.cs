namespace CmkSim.Crypto.Envelope;

/// <summary>
/// How long an unwrapped data key stays in memory. It is the delay between revoking a key and reads failing:
/// zero unwraps on every read (a revocation bites at once), longer lifetimes save HSM calls.
/// </summary>
public sealed record DataKeyCacheOptions(TimeSpan Lifetime)
{
    public static DataKeyCacheOptions None { get; } = new(TimeSpan.Zero);

    public static DataKeyCacheOptions Default { get; } = new(TimeSpan.FromMinutes(5));
}
