using System.Collections.Concurrent;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// Sessions of one token, one per concurrent caller up to a bound. PKCS#11 sessions are not safe for concurrent
/// use, but separate sessions of a multi-threaded library run in parallel: this is what puts both cores to work.
/// SoftHSM2's file object store is not safe when an object is created or destroyed while another session of the same
/// token searches it: C_GenerateKeyPair then fails (CKR_GENERAL_ERROR, CKR_TEMPLATE_INCONSISTENT; measured 5 to 11 of
/// 30 generations). So operations that add or remove objects run alone on their token; every
/// other operation (search, wrap, unwrap, sign) runs alongside its peers.
/// </summary>
internal sealed class HsmSessionPool(ISlot slot, Pkcs11InteropFactories factories, int maxSessions) : IDisposable
{
    private readonly ConcurrentBag<PooledSession> _idle = [];
    private readonly SemaphoreSlim _gate = new(maxSessions, maxSessions);
    private readonly ConcurrentBag<PooledSession> _all = [];
    private readonly ReaderWriterLockSlim _objectStore = new(LockRecursionPolicy.NoRecursion);

    /// <summary>An operation that reads the token's objects or uses a key.</summary>
    public T Run<T>(Func<PooledSession, T> operation)
    {
        _objectStore.EnterReadLock();
        try
        {
            return OnSession(operation);
        }
        finally
        {
            _objectStore.ExitReadLock();
        }
    }

    /// <summary>An operation that creates or destroys objects on the token: nothing else touches the token meanwhile.</summary>
    public T RunExclusive<T>(Func<PooledSession, T> operation)
    {
        _objectStore.EnterWriteLock();
        try
        {
            return OnSession(operation);
        }
        finally
        {
            _objectStore.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        foreach (var session in _all)
        {
            session.Dispose();
        }

        _gate.Dispose();
        _objectStore.Dispose();
    }

    private T OnSession<T>(Func<PooledSession, T> operation)
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
