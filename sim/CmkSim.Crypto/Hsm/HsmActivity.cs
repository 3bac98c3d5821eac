using System.Threading;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// How many PKCS#11 operations run on a session right now, process-wide: a diagnostic gauge (the load trace samples it
/// to see when the run leaves the HSM idle). Counts nothing into any result.
/// </summary>
public static class HsmActivity
{
    private static int _running;

    public static int Running => Volatile.Read(ref _running);

    internal static void Began() => Interlocked.Increment(ref _running);

    internal static void Ended() => Interlocked.Decrement(ref _running);
}
