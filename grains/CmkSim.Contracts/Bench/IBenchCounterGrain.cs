namespace CmkSim.Contracts.Bench;

/// <summary>
/// The cheapest grain call there is, for <c>cmksim bench engine</c>: what is measured is the call and the engine
/// around it, not any work the grain does.
/// </summary>
public interface IBenchCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one to this activation's counter and returns it.</summary>
    Task<int> TickAsync();
}
