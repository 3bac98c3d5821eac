namespace CmkSim.Domain.Ports;

/// <summary>
/// What an event may touch, which decides whether the engine may run it beside others. Unclassified events are
/// <see cref="Exclusive"/>: running one alone is always safe.
/// </summary>
public enum EventScope
{
    /// <summary>May change state other owners read (a vault, key, role, network, policy, tenant; a scenario step): runs alone.</summary>
    Exclusive = 0,

    /// <summary>
    /// Changes only its owner's state and only reads shared state (encryption, re-wrap, roll-out, key-access probe,
    /// re-enable): local events of different owners due at the same instant run concurrently, each owner's in order.
    /// </summary>
    Local = 1,
}
