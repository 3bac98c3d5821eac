using Stateless;

namespace CmkSim.Grains.Policies;

/// <summary>An enterprise policy's transitions, in one place; deletion is guarded by EP-06.</summary>
internal static class PolicyMachine
{
    public static StateMachine<PolicyLifecycle, PolicyTrigger> Create(EnterprisePolicyState state)
    {
        var machine = new StateMachine<PolicyLifecycle, PolicyTrigger>(() => state.Lifecycle, s => state.Lifecycle = s);
        machine.Configure(PolicyLifecycle.NotCreated).Permit(PolicyTrigger.Create, PolicyLifecycle.Active);
        machine.Configure(PolicyLifecycle.Active)
            .PermitIf(PolicyTrigger.Delete, PolicyLifecycle.Deleted, () => state.Environments.Count == 0, "no environment linked (EP-06)");
        machine.Configure(PolicyLifecycle.Deleted).Permit(PolicyTrigger.Create, PolicyLifecycle.Active);
        return machine;
    }
}
