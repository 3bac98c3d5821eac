using CmkSim.Domain.Vaults;
using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Tests.Throttling;

/// <summary>The limiter alone: fixed 10-s windows of simulated time, 429 with Retry-After to the window's end, rejected calls uncounted.</summary>
public sealed class FixedWindowLimiterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ThrottleClass Hsm2048 = ThrottleClass.Of(KeyType.RsaHsm, 2048);

    [Fact]
    public void Admits_up_to_the_limit_then_answers_429_until_the_window_ends()
    {
        var limiter = new FixedWindowLimiter();
        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(limiter.Admit(T0.AddSeconds(2), Hsm2048, 3).Admitted));

        var refused = limiter.Admit(T0.AddSeconds(2.5), Hsm2048, 3);
        Assert.False(refused.Admitted);
        Assert.Equal(TimeSpan.FromSeconds(8), refused.RetryAfter); // 7.5 s to the window's end, rounded up to whole seconds
        Assert.True(limiter.Admit(T0.AddSeconds(10), Hsm2048, 3).Admitted); // the next window starts empty
    }

    [Fact]
    public void Rejected_calls_do_not_count_against_the_limit_but_are_kept_as_evidence()
    {
        var limiter = new FixedWindowLimiter();
        limiter.Admit(T0, Hsm2048, 1);
        for (var i = 0; i < 5; i++)
        {
            Assert.False(limiter.Admit(T0.AddSeconds(1), Hsm2048, 1).Admitted);
        }

        // A higher limit in the same window admits again: the five 429s took nothing.
        Assert.True(limiter.Admit(T0.AddSeconds(2), Hsm2048, 2).Admitted);
        var window = Assert.Single(limiter.Windows());
        Assert.Equal((T0, 2, 5), (window.Start, window.Admitted, window.Rejected));
        Assert.Equal("RSA-HSM-2048", window.Class);
    }

    [Fact]
    public void Classes_count_separately_and_windows_are_sparse()
    {
        var limiter = new FixedWindowLimiter();
        var software = ThrottleClass.Of(KeyType.Rsa, 2048);
        Assert.True(limiter.Admit(T0, Hsm2048, 1).Admitted);
        Assert.True(limiter.Admit(T0, software, 1).Admitted);
        limiter.Admit(T0.AddDays(3), Hsm2048, 1);
        Assert.Equal(3, limiter.Windows().Count);
    }

    [Fact]
    public void Retry_after_is_at_least_one_second_and_at_most_the_window()
    {
        var window = FixedWindowLimiter.WindowOf(T0);
        Assert.Equal(TimeSpan.FromSeconds(10), FixedWindowLimiter.RetryAfter(T0, window));
        Assert.Equal(TimeSpan.FromSeconds(1), FixedWindowLimiter.RetryAfter(T0.AddSeconds(9.999), window));
    }

    [Fact]
    public void Published_limits_in_one_place_software_twice_hsm_subscription_five_times()
    {
        var published = ThrottlingSettings.Published;
        Assert.Equal(2_000, published.VaultLimit(Hsm2048));
        Assert.Equal(500, published.VaultLimit(ThrottleClass.Of(KeyType.RsaHsm, 3072)));
        Assert.Equal(250, published.VaultLimit(ThrottleClass.Of(KeyType.RsaHsm, 4096)));
        Assert.Equal(10, published.VaultLimit(ThrottleClass.Of(KeyType.RsaHsm, 2048, create: true)));
        Assert.Equal(4_000, published.VaultLimit(ThrottleClass.Of(KeyType.Rsa, 2048)));
        Assert.Equal(10_000, published.SubscriptionLimit(Hsm2048));
        Assert.False(ThrottlingSettings.Off.Enabled);
    }
}
