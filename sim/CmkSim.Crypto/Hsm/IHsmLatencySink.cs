namespace CmkSim.Crypto.Hsm;

/// <summary>
/// Told how long an asynchronous HSM call took, from its start (a wait for a session included) to its result, by the
/// token itself: measuring around the call would add an asynchronous frame to every wrap and unwrap.
/// </summary>
public interface IHsmLatencySink
{
    /// <param name="startTimestamp">The call's start, as <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> read it.</param>
    void Completed(long startTimestamp);
}
