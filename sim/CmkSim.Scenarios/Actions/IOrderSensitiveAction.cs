namespace CmkSim.Scenarios.Actions;

/// <summary>
/// An action after which the outcome depends on the order calls reach a shared grain: a limiter admitting the first
/// comers (forced throttling) or a seeded stream drawn once per call (a failing share). A run with one is dispatched
/// one event at a time, so that order is the engine's (time, owner, sequence) order and the run stays deterministic.
/// </summary>
public interface IOrderSensitiveAction;
