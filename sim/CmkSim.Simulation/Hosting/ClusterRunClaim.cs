using StackExchange.Redis;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// One run per cluster id: a run on a running cluster (<c>--cluster-id</c>) first claims the id in the cluster's Redis.
/// A second run on the same id would find the first one's grain state (environments, keys, journals) and report it as
/// its own; refusing is the only safe answer.
/// </summary>
public static class ClusterRunClaim
{
    public static string Key(string clusterId) => $"cmksim/run-claim/{clusterId}";

    /// <summary>True when this run now owns the cluster id; false when a run already used it.</summary>
    public static async Task<bool> TryClaimAsync(ClusterAddress redis, string clusterId, string owner)
    {
        await ClusterRedis.CheckReachableAsync(redis);
        try
        {
            await using var connection = await ClusterRedis.ConnectAsync(redis);
            return await connection.GetDatabase().StringSetAsync(Key(clusterId), owner, when: When.NotExists);
        }
        catch (RedisException e)
        {
            throw new ClusterUnreachableException($"cannot reach Redis at {redis}: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }
}
