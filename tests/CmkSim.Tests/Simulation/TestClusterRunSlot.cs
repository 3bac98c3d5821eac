using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;

namespace CmkSim.Tests.Simulation;

/// <summary>
/// What the silos of a test cluster share for one run: the run's engine and HSM options, which configurators created
/// by type can only reach through statics, and one open HSM for every silo (as `cmksim silo` processes share one token
/// folder: a vault uses its token in whichever silo it runs, wherever its HSM grain created the key). Test classes run
/// in parallel, so one run at a time holds the slot, from its cluster's start to its stop.
/// </summary>
internal static class TestClusterRunSlot
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static SimulationEngine Engine { get; private set; } = null!;

    public static HsmOptions Options { get; private set; } = null!;

    public static SoftHsm Hsm { get; private set; } = null!;

    public static async Task EnterAsync(SimulationEngine engine, HsmOptions options)
    {
        await Gate.WaitAsync();
        try
        {
            (Engine, Options, Hsm) = (engine, options, SoftHsm.Open(options));
        }
        catch
        {
            Gate.Release();
            throw;
        }
    }

    public static void Leave()
    {
        try
        {
            Hsm.Dispose();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Runs <paramref name="start"/> inside the slot; the slot is left at once if it fails.</summary>
    public static async Task<T> StartAsync<T>(SimulationEngine engine, HsmOptions options, Func<Task<T>> start)
    {
        await EnterAsync(engine, options);
        try
        {
            return await start();
        }
        catch
        {
            Leave();
            throw;
        }
    }
}
