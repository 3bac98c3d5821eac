using StackExchange.Redis;

namespace CmkSim.Simulation.Hosting;

/// <summary>How CmkSim talks to a cluster's Redis: one configuration for membership, state and stats.</summary>
public static class ClusterRedis
{
    private const int ConnectTimeoutMs = 3000;

    public static ConfigurationOptions Configuration(ClusterAddress address)
    {
        var options = new ConfigurationOptions
        {
            ConnectTimeout = ConnectTimeoutMs,
            // Orleans' providers reconnect on their own; a Redis that goes away for a moment must not end the silo.
            AbortOnConnectFail = false,
            ClientName = "cmksim",
        };
        options.EndPoints.Add(address.Host, address.Port);
        return options;
    }

    /// <summary>Connects once and pings: a wrong port or a stopped Redis is one clear line, not a hang.</summary>
    public static async Task CheckReachableAsync(ClusterAddress address, CancellationToken cancellation = default)
    {
        try
        {
            await using var connection = await ConnectAsync(address);
            await connection.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellation);
        }
        catch (RedisConnectionException e)
        {
            // Its message is a paragraph of advice about abortConnect; the failure type says what happened.
            throw new ClusterUnreachableException($"cannot reach Redis at {address} ({e.FailureType})", e);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new ClusterUnreachableException($"cannot reach Redis at {address}: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    public static Task<ConnectionMultiplexer> ConnectAsync(ClusterAddress address)
    {
        var options = Configuration(address);
        options.AbortOnConnectFail = true;
        return ConnectionMultiplexer.ConnectAsync(options);
    }
}
