using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// A cluster's placement of an environment's grain: on the silo of the customer vault its scenario links it to, when
/// the call that activates it says which (<see cref="Hint"/>), so its wraps, unwraps and key reads stay in that
/// process instead of crossing to another two times in three. Without a hint (a scenario that links it later to a
/// vault it does not name, or an environment reactivated after its silo died) a silo picked from its name. The pick
/// is once, at activation: an environment never moves to follow a hint, so its seeded streams, which live in the
/// silo's memory, carry on as in one process. Placement changes no result.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class NearVaultPlacement : PlacementStrategy
{
    /// <summary>The request context key naming the vault whose silo an activation should go to.</summary>
    internal const string HintKey = "cmksim.near-vault";

    /// <summary>
    /// Names <paramref name="vault"/> as the place for any environment the calls made until disposal activate; a
    /// null vault sets nothing. Only the caller's own asynchronous flow sees it.
    /// </summary>
    public static IDisposable Hint(string? vault)
    {
        if (vault is null)
        {
            return NoHint.Instance;
        }

        RequestContext.Set(HintKey, vault);
        return new Clear();
    }

    internal sealed class Director : IPlacementDirector
    {
        public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context) =>
            Task.FromResult(VaultAffinityPlacement.SiloOf(
                target.RequestContextData?.GetValueOrDefault(HintKey) as string ?? target.GrainIdentity.Key.ToString()!, target, context));
    }

    private sealed class Clear : IDisposable
    {
        public void Dispose() => RequestContext.Remove(HintKey);
    }

    private sealed class NoHint : IDisposable
    {
        internal static readonly NoHint Instance = new();

        public void Dispose()
        {
        }
    }
}
