using Stateless;

namespace CmkSim.Domain.Rules;

/// <summary>Configuring guards that name their rule, and reading back the one that holds a trigger.</summary>
public static class RuleGuards
{
    /// <summary>Permits the transition only while the guard holds; the edge and any refusal cite <paramref name="rule"/>.</summary>
    public static StateMachine<TState, TTrigger>.StateConfiguration PermitIf<TState, TTrigger>(
        this StateMachine<TState, TTrigger>.StateConfiguration state, TTrigger trigger, TState destination, RuleGuard rule, Func<bool> holds) =>
        state.PermitIf(trigger, destination, holds, rule.Description);

    /// <summary>Permits the transition only while the guard holds for the trigger's arguments.</summary>
    public static StateMachine<TState, TTrigger>.StateConfiguration PermitIf<TState, TTrigger, TArg0, TArg1>(
        this StateMachine<TState, TTrigger>.StateConfiguration state, StateMachine<TState, TTrigger>.TriggerWithParameters<TArg0, TArg1> trigger,
        TState destination, RuleGuard rule, Func<TArg0, TArg1, bool> holds) =>
        state.PermitIf(trigger, destination, holds, rule.Description);

    /// <summary>Ignores the trigger only while the guard holds (otherwise it is refused, citing the guard's rule).</summary>
    public static StateMachine<TState, TTrigger>.StateConfiguration IgnoreIf<TState, TTrigger>(
        this StateMachine<TState, TTrigger>.StateConfiguration state, TTrigger trigger, RuleGuard rule, Func<bool> holds) =>
        state.IgnoreIf(trigger, holds, rule.Description);

    /// <summary>
    /// The guard that keeps <paramref name="trigger"/> from firing in the machine's current state; null when it can
    /// fire, or when the state has no transition for it at all (then no guard refused it: the state did).
    /// </summary>
    public static RuleGuard? UnmetGuard<TState, TTrigger>(this StateMachine<TState, TTrigger> machine, TTrigger trigger)
    {
        if (machine.CanFire(trigger, out var unmet) || unmet is null)
        {
            return null;
        }

        var description = unmet.FirstOrDefault();
        return description is null
            ? null
            : RuleGuard.FromDescription(description)
              ?? throw new InvalidOperationException($"guard '{description}' on {trigger} names no rule of the catalogue");
    }
}
