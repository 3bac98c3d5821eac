namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Sends a CmkSim grain call again when Orleans refused it because its target silo is dead
/// (<see cref="SiloUnavailableException"/>), on the driver and on every silo, until membership and the grain directory
/// have moved the grain to a live silo. Without it, the first call after a <c>killSilo</c> that met a directory entry
/// or a gateway still naming the killed silo aborted the whole run (exit 3: scenario 26 on three silo processes, about
/// once in six test suites).
/// <para>
/// Sending again is safe because a silo of a run dies only at a <c>killSilo</c> step, which the engine runs alone: no
/// call of the run is in flight then, so a call that meets the dead silo was sent after its death and never ran there.
/// The innermost call is the one refused and the one sent again, so no grain sees a half-done call of its own fail.
/// (Were silos to die in the middle of calls, a resend could run a call twice; that would need idempotent calls.)
/// </para>
/// </summary>
public sealed class ClusterSiloLossRetry : IOutgoingGrainCallFilter
{
    /// <summary>Membership declares a killed silo dead in about 1.5 s here (<see cref="ClusterTimings"/>): ample.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    private long _resent;

    /// <summary>Calls sent again so far (each counted once however many times it was sent).</summary>
    public long Resent => Interlocked.Read(ref _resent);

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        if (!CmkSimGrainCalls.Includes(context))
        {
            await context.Invoke();
            return;
        }

        var waited = TimeSpan.Zero;
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await context.Invoke(); // Orleans' invoker may be invoked again once a call through it has ended
                return;
            }
            catch (SiloUnavailableException) when (waited < GiveUpAfter)
            {
                if (attempt == 1)
                {
                    Interlocked.Increment(ref _resent);
                }

                // Real time, not simulated: the cluster's membership moves at its own pace, and nothing simulated waits.
                await Task.Delay(pause);
                waited += pause;
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }
}
