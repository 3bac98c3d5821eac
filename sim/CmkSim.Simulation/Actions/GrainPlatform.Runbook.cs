using CmkSim.Domain.Environments;
using CmkSim.Domain.Preflight;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Preflight;
using CmkSim.Scenarios.Model;
using CmkSim.Simulation.Running;

namespace CmkSim.Simulation.Actions;

/// <summary>The runbook steps' side of the platform: the vault validation, a swap's two halves, and the 202 operations.</summary>
public sealed partial class GrainPlatform
{
    /// <summary>How often a swap looks whether its environment has reverted, and how long it waits at most (twice EN-03's four days).</summary>
    private static readonly TimeSpan SwapPoll = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan SwapPatience = En03Encryption.MaxDuration * 2;

    /// <summary>The vault runs the checks and journals the answer; the policy is addressed too, so its journal is read.</summary>
    public Task<Decision> ValidateKeyVaultForCmkAsync(string actor, string vault, string policy)
    {
        registry.AddressedPolicies.Add(policy);
        return Vault(vault).ValidateForCmkAsync(actor, policy);
    }

    public async Task<Decision> SwapCustomerManagedKeyAsync(string actor, string environment, string policy)
    {
        if (scheduler is null)
        {
            throw new InvalidOperationException("a swap needs the engine's scheduler to add the environment once it has reverted");
        }

        var removed = await Env(environment).RemoveFromPolicyAsync(actor);
        if (!removed.Accepted)
        {
            return removed;
        }

        var swap = new SwapProgress(policy, time.GetUtcNow());
        registry.Swaps[environment] = swap;
        ScheduleSwapPoll(actor, environment, swap);
        return removed with { Message = $"swapping to '{policy}', first {removed.Message}" };
    }

    public Task<Decision> AcceptOperationAsync(string? operation, IReadOnlyList<string> environments, Decision accepted)
    {
        var id = operation ?? $"operation-{registry.Operations.Count + 1}";
        var phases = environments.Count > 0 && environments.All(e => registry.Swaps.TryGetValue(e, out var s) && s.Started == time.GetUtcNow()) ? 2 : 1;
        registry.Operations[id] = new RunbookOperation(id, time.GetUtcNow(), environments, phases);
        return Task.FromResult(accepted with { Message = $"202 Accepted, operation '{id}': {accepted.Message}" });
    }

    /// <summary>The swap's second half: once the removal has succeeded, the add to the new policy; a failed removal ends it.</summary>
    private void ScheduleSwapPoll(string actor, string environment, SwapProgress swap) =>
        scheduler!.ScheduleAfter(SwapPoll, $"swap/{environment}", "swapCustomerManagedKey", async _ =>
        {
            var view = await Env(environment).GetAsync();
            var removal = view.History.FirstOrDefault(h => h.Started >= swap.Started && h.Operation == HistoryOperations.UpdateCustomerManagedKey);
            switch (removal?.Status)
            {
                case OperationStatus.Succeeded:
                    var added = await Env(environment).AddToPolicyAsync(actor, swap.Policy);
                    swap.Added = true;
                    swap.Failure = added.Accepted ? null : $"the add to '{swap.Policy}' was refused ({added.RuleId}): {added.Message}";
                    break;
                case OperationStatus.Failed:
                    swap.Failure = $"the removal failed: {removal.Detail}";
                    break;
                default:
                    if (time.GetUtcNow() - swap.Started >= SwapPatience)
                    {
                        swap.Failure = $"the removal did not finish within {SwapPatience.TotalDays:0} days";
                    }
                    else
                    {
                        ScheduleSwapPoll(actor, environment, swap);
                    }

                    break;
            }
        });
}
