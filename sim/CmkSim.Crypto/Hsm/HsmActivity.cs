using System.Threading;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// How many PKCS#11 operations run on a session right now, and how many RSA unwraps and wraps have completed, process-wide:
/// diagnostics (the load trace samples them to see when the run leaves the HSM idle and what each phase asked of it)
/// and a cluster silo's share of a run's HSM work in its wall-clock figures. Counts nothing into any result.
/// </summary>
public static class HsmActivity
{
    private static int _running;
    private static long _unwraps;
    private static long _wraps;

    public static int Running => Volatile.Read(ref _running);

    public static long Unwraps => Interlocked.Read(ref _unwraps);

    public static long Wraps => Interlocked.Read(ref _wraps);

    internal static void Completed(string operation)
    {
        if (operation == "unwrap")
        {
            Interlocked.Increment(ref _unwraps);
        }
        else if (operation == "wrap")
        {
            Interlocked.Increment(ref _wraps);
        }
    }

    internal static void Began() => Interlocked.Increment(ref _running);

    internal static void Ended() => Interlocked.Decrement(ref _running);
}
