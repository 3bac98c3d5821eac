using System.Threading;

namespace CmkSim.Crypto.Envelope;

/// <summary>
/// How many records this process sealed and opened with AES-GCM, and their bytes: the load run's AES-GCM work, which
/// its bound prices at the bare rate. Interlocked, so the totals are the same whatever order concurrent events ran in;
/// process-wide, so a reader takes a <see cref="Snapshot"/> before and after and subtracts.
/// </summary>
public static class RecordCipherCounts
{
    private static long _seals;
    private static long _sealedBytes;
    private static long _opens;
    private static long _openedBytes;

    public static RecordCipherTotals Snapshot() => new(
        Interlocked.Read(ref _seals), Interlocked.Read(ref _sealedBytes), Interlocked.Read(ref _opens), Interlocked.Read(ref _openedBytes));

    internal static void Sealed(int bytes)
    {
        Interlocked.Increment(ref _seals);
        Interlocked.Add(ref _sealedBytes, bytes);
    }

    internal static void Opened(int bytes)
    {
        Interlocked.Increment(ref _opens);
        Interlocked.Add(ref _openedBytes, bytes);
    }
}

/// <summary>Records sealed and opened, with their plaintext bytes; subtract two snapshots for what happened between.</summary>
public readonly record struct RecordCipherTotals(long Seals, long SealedBytes, long Opens, long OpenedBytes)
{
    public static RecordCipherTotals operator -(RecordCipherTotals after, RecordCipherTotals before) => new(
        after.Seals - before.Seals, after.SealedBytes - before.SealedBytes, after.Opens - before.Opens, after.OpenedBytes - before.OpenedBytes);
}
