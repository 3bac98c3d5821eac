using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Tests.Throttling;

/// <summary>The Azure SDK's default back-off: exponential from 0.8 s, capped at a minute, Retry-After honoured, 3 retries per call.</summary>
public sealed class KeyVaultRetryPolicyTests
{
    private static readonly KeyVaultRetryPolicy Sdk = KeyVaultRetryPolicy.AzureSdkDefault;

    [Fact]
    public void Backs_off_exponentially_when_retry_after_is_shorter()
    {
        var tiny = TimeSpan.FromSeconds(0.1);
        Assert.Equal(TimeSpan.FromSeconds(0.8), Sdk.DelayAfter(1, tiny));
        Assert.Equal(TimeSpan.FromSeconds(1.6), Sdk.DelayAfter(2, tiny));
        Assert.Equal(TimeSpan.FromSeconds(3.2), Sdk.DelayAfter(3, tiny));
    }

    [Fact]
    public void Honours_a_longer_retry_after_and_requeues_after_it_once_the_sdk_gives_up()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), Sdk.DelayAfter(1, TimeSpan.FromSeconds(7)));
        // The 4th 429 of an operation: the SDK's 3 retries are spent; the platform queues the operation at the Retry-After.
        Assert.Equal(TimeSpan.FromSeconds(2), Sdk.DelayAfter(4, TimeSpan.FromSeconds(2)));
        // A fresh SDK call starts over.
        Assert.Equal(TimeSpan.FromSeconds(0.8), Sdk.DelayAfter(5, TimeSpan.FromSeconds(0.5)));
    }

    [Fact]
    public void Never_waits_longer_than_the_max_delay_unless_told_to()
    {
        var policy = Sdk with { MaxRetries = 20 };
        Assert.Equal(TimeSpan.FromMinutes(1), policy.DelayAfter(15, TimeSpan.FromSeconds(1)));
    }
}
