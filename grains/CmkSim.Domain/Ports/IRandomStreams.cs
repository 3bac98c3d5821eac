namespace CmkSim.Domain.Ports;

/// <summary>
/// The run's one seed, split into named streams (the engine implements it): a stream's numbers depend only on
/// (seed, purpose), so adding a draw in one place never shifts another.
/// </summary>
public interface IRandomStreams
{
    /// <summary>The stream for <paramref name="purpose"/>; asking again returns the same stream, carrying on where it was.</summary>
    IRandomSource Stream(string purpose);
}
