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
/// <para>
/// One lock and a first-come queue decide both: no reader-writer lock or semaphore spinning in front of each RSA
/// operation (a profile of a load run showed their spin-waits), and a caller that must wait is a queued task, not a
/// blocked thread, when it comes through <see cref="RunAsync{T}"/>. The queue is fair, so a key generation waiting for
/// the token to drain is not starved by the unwraps queued behind it.
/// </para>
/// </summary>
internal sealed class HsmSessionPool(ISlot slot, Pkcs11InteropFactories factories, int maxSessions) : IDisposable
{
    private readonly object _sync = new();
    private readonly Stack<PooledSession> _idle = new();
    private readonly List<PooledSession> _all = [];
    private readonly Queue<Waiter> _waiting = new();
    private int _inUse;
    private bool _exclusive;
    private bool _disposed;

    /// <summary>Sessions opened so far; the pool never opens more than its bound.</summary>
    public int Opened
    {
        get
        {
            lock (_sync)
            {
                return _all.Count;
            }
        }
    }

    /// <summary>An operation that reads the token's objects or uses a key.</summary>
    public T Run<T>(Func<PooledSession, T> operation) => OnSession(Acquire(exclusive: false).GetAwaiter().GetResult(), operation);

    /// <summary>An operation that creates or destroys objects on the token: nothing else touches the token meanwhile.</summary>
    public T RunExclusive<T>(Func<PooledSession, T> operation) => OnSession(Acquire(exclusive: true).GetAwaiter().GetResult(), operation);

    /// <summary>
    /// As <see cref="Run{T}"/>, for callers that must not hold a thread while they wait for a session: the operation
    /// itself runs on the thread pool, never on the caller's (a grain's turn stays short).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<PooledSession, T> operation)
    {
        var acquiring = Acquire(exclusive: false);
        if (acquiring.IsCompleted)
        {
            // Still on the caller's thread: move to the pool.
            var free = acquiring.Result;
            return await Task.Run(() => OnSession(free, operation)).ConfigureAwait(false);
        }

        // A granted waiter resumes on the thread pool already (continuations run asynchronously): no second hop.
        var session = await acquiring.ConfigureAwait(false);
        return OnSession(session, operation);
    }

    public void Dispose()
    {
        List<Waiter> stranded;
        lock (_sync)
        {
            _disposed = true;
            foreach (var session in _all)
            {
                session.Dispose();
            }

            _all.Clear();
            _idle.Clear();
            stranded = [.. _waiting];
            _waiting.Clear();
        }

        // Nobody is left to release a session to them.
        foreach (var waiter in stranded)
        {
            waiter.Granted.SetException(new ObjectDisposedException(nameof(HsmSessionPool)));
        }
    }

    private T OnSession<T>(PooledSession session, Func<PooledSession, T> operation)
    {
        HsmActivity.Began();
        try
        {
            return operation(session);
        }
        finally
        {
            HsmActivity.Ended();
            Release(session);
        }
    }

    private ValueTask<PooledSession> Acquire(bool exclusive)
    {
        Waiter waiter;
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_waiting.Count == 0 && CanGrant(exclusive))
            {
                return ValueTask.FromResult(Grant(exclusive));
            }

            // Continuations run on the thread pool, never inline on the thread that releases a session.
            waiter = new Waiter(exclusive, new TaskCompletionSource<PooledSession>(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiting.Enqueue(waiter);
        }

        return new ValueTask<PooledSession>(waiter.Granted.Task);
    }

    private void Release(PooledSession session)
    {
        List<(Waiter Waiter, PooledSession Session)>? granted = null;
        lock (_sync)
        {
            _inUse--;
            _exclusive = false;
            if (_disposed)
            {
                return;
            }

            _idle.Push(session);
            while (_waiting.TryPeek(out var next) && CanGrant(next.Exclusive))
            {
                _waiting.Dequeue();
                try
                {
                    (granted ??= []).Add((next, Grant(next.Exclusive)));
                }
                catch (Pkcs11Exception e)
                {
                    // The waiter hears why it got no session; the others keep waiting for one that frees up.
                    next.Granted.SetException(e);
                }
            }
        }

        foreach (var (waiter, next) in granted ?? [])
        {
            waiter.Granted.SetResult(next);
        }
    }

    private bool CanGrant(bool exclusive) => exclusive ? _inUse == 0 : !_exclusive && _inUse < maxSessions;

    // Called under the lock. New sessions inherit the token's login (PKCS#11 login state is per application, not per
    // session); a session is opened only when every open one is busy, so the pool never holds more than the bound.
    private PooledSession Grant(bool exclusive)
    {
        _inUse++;
        _exclusive = exclusive;
        if (_idle.TryPop(out var session))
        {
            return session;
        }

        try
        {
            session = new PooledSession(slot.OpenSession(SessionType.ReadWrite), factories);
        }
        catch
        {
            _inUse--;
            _exclusive = false;
            throw;
        }

        _all.Add(session);
        return session;
    }

    private sealed record Waiter(bool Exclusive, TaskCompletionSource<PooledSession> Granted);
}
