using System.Collections.Concurrent;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// Sessions of one token, one per concurrent caller up to a bound. PKCS#11 sessions are not safe for concurrent
/// use, but separate sessions of a multi-threaded library run in parallel: this is what puts both cores to work.
/// </summary>
internal sealed class HsmSessionPool(ISlot slot, Pkcs11InteropFactories factories, int maxSessions) : IDisposable
{
    private readonly ConcurrentBag<PooledSession> _idle = [];
    private readonly SemaphoreSlim _gate = new(maxSessions, maxSessions);
    private readonly ConcurrentBag<PooledSession> _all = [];

    public T Run<T>(Func<PooledSession, T> operation)
    {
        _gate.Wait();
        var session = Rent();
        try
        {
            return operation(session);
        }
        finally
        {
            _idle.Add(session);
            _gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var session in _all)
        {
            session.Dispose();
        }

        _gate.Dispose();
    }

    private PooledSession Rent()
    {
        if (_idle.TryTake(out var session))
        {
            return session;
        }

        // New sessions inherit the token's login (PKCS#11 login state is per application, not per session).
        session = new PooledSession(slot.OpenSession(SessionType.ReadWrite), factories);
        _all.Add(session);
        return session;
    }
}
