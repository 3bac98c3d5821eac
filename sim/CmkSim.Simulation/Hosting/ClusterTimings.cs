using Orleans.Configuration;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// How fast a CmkSim cluster notices a dead silo and gives up on a call, shared by silos and clients. Orleans' defaults
/// are tuned for data centres (a dead silo declared after tens of seconds, calls timing out after 30 s); on one
/// machine a 1 s probe timeout declared a killed silo dead in about 1.5 s, and calls in flight to it hung 30 s until
/// the response timeout was cut.
/// </summary>
public static class ClusterTimings
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Long enough for a busy load run's calls (each queues behind the HSM's other work on 2 shared cores), short
    /// enough that a call in flight to a killed silo fails and is retried within seconds.
    /// </summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Clients learn of new and dead gateways this often (Orleans' default is a minute).</summary>
    public static readonly TimeSpan GatewayListRefresh = TimeSpan.FromSeconds(1);

    public static void Membership(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = ProbeTimeout;
        options.NumMissedProbesLimit = 2;
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        // Each run has a fresh cluster id, so old rows are only another run's: nothing to wait for.
        options.DefunctSiloExpiration = TimeSpan.FromMinutes(1);
    }

    public static void Messaging(MessagingOptions options) => options.ResponseTimeout = ResponseTimeout;
}
