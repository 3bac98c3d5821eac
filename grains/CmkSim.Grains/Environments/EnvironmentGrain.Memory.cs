namespace CmkSim.Grains.Environments;

/// <summary>
/// What an environment keeps between its calls: its state, its stores (their data-key caches answer reads within
/// a simulated minute), and not its lifecycle machine, which is configured again when next needed. A load run holds
/// 100,000 environments; the machine alone was a third of each one's memory.
/// </summary>
public sealed partial class EnvironmentGrain : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        finally
        {
            _model?.ReleaseMachine();
        }
    }
}
