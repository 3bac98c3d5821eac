using System.Reflection;
using CmkSim.Contracts.Tenants;
using CmkSim.Simulation.Hosting;
using Orleans.Serialization.Invocation;

namespace CmkSim.Tests.Cluster;

/// <summary>
/// A call Orleans refused because its target silo is dead is sent again until a live silo takes it (a killed silo's
/// grain moves within seconds); any other failure, and Orleans' own calls, go back to the caller untouched.
/// </summary>
public sealed class SiloLossRetryTests
{
    private static readonly MethodInfo CmkSimMethod = typeof(ITenantGrain).GetMethod(nameof(ITenantGrain.GetUserAsync))!;

    [Fact]
    public async Task A_call_refused_by_a_dead_silo_is_sent_again_and_counted_once()
    {
        var retry = new ClusterSiloLossRetry();
        var call = new ScriptedCall(CmkSimMethod, new SiloUnavailableException("dead"), new SiloUnavailableException("still dead"), null);

        await retry.Invoke(call);

        Assert.Equal(3, call.Sent);
        Assert.Equal(1, retry.Resent);
    }

    [Fact]
    public async Task Other_failures_and_orleans_own_calls_are_not_sent_again()
    {
        var retry = new ClusterSiloLossRetry();
        var timedOut = new ScriptedCall(CmkSimMethod, new TimeoutException("lost after delivery"));
        var orleans = new ScriptedCall(typeof(IManagementGrain).GetMethods().First(m => m.Name == nameof(IManagementGrain.GetHosts)), new SiloUnavailableException("dead"));

        await Assert.ThrowsAsync<TimeoutException>(() => retry.Invoke(timedOut));
        await Assert.ThrowsAsync<SiloUnavailableException>(() => retry.Invoke(orleans));

        Assert.Equal((1, 1, 0L), (timedOut.Sent, orleans.Sent, retry.Resent));
    }

    /// <summary>An outgoing call whose sends fail with the given exceptions in turn (null: the send succeeds).</summary>
    private sealed class ScriptedCall(MethodInfo method, params Exception?[] outcomes) : IOutgoingGrainCallContext
    {
        public int Sent { get; private set; }

        public Task Invoke()
        {
            var outcome = outcomes[Math.Min(Sent, outcomes.Length - 1)];
            Sent++;
            return outcome is null ? Task.CompletedTask : Task.FromException(outcome);
        }

        public MethodInfo InterfaceMethod => method;

        public IInvokable Request => throw new NotSupportedException();

        public object Grain => throw new NotSupportedException();

        public GrainId? SourceId => null;

        public GrainId TargetId => default;

        public GrainInterfaceType InterfaceType => default;

        public string InterfaceName => method.DeclaringType!.Name;

        public string MethodName => method.Name;

        public object? Result { get; set; }

        public Response? Response { get; set; }

        public IGrainContext? SourceContext => null;
    }
}
