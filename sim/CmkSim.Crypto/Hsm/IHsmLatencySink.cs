namespace CmkSim.Crypto.Hsm;

/// <summary>
/// Told how long an asynchronous HSM call took, from its start (a wait for a session included) to its result, by the
/// token itself: measuring around the call would add an asynchronous frame to every wrap and unwrap.
/// </summary>
/// <remarks>The sink reads the clock, not the token: the crypto layer takes no wall-clock time of its own.</remarks>
public interface IHsmLatencySink
{
    /// <summary>A call starts: returns the mark its completion is measured from.</summary>
    long Started();

    /// <param name="start">What <see cref="Started"/> returned for this call.</param>
    void Completed(long start);
}
