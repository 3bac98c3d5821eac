using CmkSim.Domain.Vaults;
namespace CmkSim.Contracts.Vaults;

/// <summary>
/// What a key vault answered: a value, or a refusal with its status, its reason and the rule that refuses it.
/// Refusals are answers, not exceptions, so they cross grain boundaries intact and land in the audit trail.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record KeyVaultResult<T>(
    [property: Id(0)] KeyVaultStatus Status,
    [property: Id(1)] T? Value,
    [property: Id(2)] string Message,
    [property: Id(3)] string? RuleId)
{
    public bool Succeeded => Status == KeyVaultStatus.Ok;

    /// <summary>A 429's Retry-After: how long until the vault admits calls again.</summary>
    [Id(4)]
    public TimeSpan? RetryAfter { get; init; }

    public static KeyVaultResult<T> Ok(T value) => new(KeyVaultStatus.Ok, value, "OK", null);

    /// <summary>A refusal always names the rule that refuses it (a 404 on something never created cites the rule that needs it).</summary>
    public static KeyVaultResult<T> Refused(KeyVaultStatus status, string message, string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new(status, default, message, ruleId);
    }

    /// <summary>
    /// 429: a service limit, not a rule, answered before the call is looked at (so no rule ID); it says nothing
    /// about whether the call would be allowed.
    /// </summary>
    public static KeyVaultResult<T> TooManyRequests(string message, TimeSpan retryAfter) =>
        new(KeyVaultStatus.TooManyRequests, default, message, null) { RetryAfter = retryAfter };
}
