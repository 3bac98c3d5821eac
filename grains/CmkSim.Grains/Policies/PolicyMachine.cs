using CmkSim.Domain.Rules;
using CmkSim.Grains.Graphs;
using Stateless;

namespace CmkSim.Grains.Policies;

/// <summary>An enterprise policy's transitions, in one place; deletion is guarded by EP-06.</summary>
internal static class PolicyMachine
{
    /// <summary>EP-06: a policy with linked environments can't be deleted.</summary>
    public static readonly RuleGuard NoEnvironmentLinked = new(RuleId.EP06, "no environment linked");

    public static StateMachine<PolicyLifecycle, PolicyTrigger> Create(EnterprisePolicyState state)
    {
        var machine = new StateMachine<PolicyLifecycle, PolicyTrigger>(() => state.Lifecycle, s => state.Lifecycle = s);
        machine.Configure(PolicyLifecycle.NotCreated).Permit(PolicyTrigger.Create, PolicyLifecycle.Active);
        machine.Configure(PolicyLifecycle.Active)
            .PermitIf(PolicyTrigger.Delete, PolicyLifecycle.Deleted, NoEnvironmentLinked, () => state.Environments.Count == 0);
        machine.Configure(PolicyLifecycle.Deleted).Permit(PolicyTrigger.Create, PolicyLifecycle.Active);
        return machine;
    }
}
