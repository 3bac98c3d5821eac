namespace CmkSim.Simulation.Hosting;

/// <summary>Which calls a call filter of ours acts on: calls to CmkSim's grains, never Orleans' own (membership, management).</summary>
internal static class CmkSimGrainCalls
{
    public static bool Includes(IGrainCallContext context) =>
        context.InterfaceMethod?.DeclaringType?.Namespace is { } ns && ns.StartsWith("CmkSim.", StringComparison.Ordinal);
}
