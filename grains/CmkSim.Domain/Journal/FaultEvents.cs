using CmkSim.Domain.Faults;

namespace CmkSim.Domain.Journal;

/// <summary>
/// A fault injected on purpose at a vault (or the HSM behind it), with its window. Not a rule's event: the platform's
/// availability under it is what the run measures (the LK-01 home's availability finding reads these).
/// </summary>
public sealed record FaultInjected(string Vault, Fault Fault) : JournalEvent
{
    public override string Target => Vault;

    public override string Describe() => $"{Fault.Describe()}, from {Fault.From:u} until {Fault.Until:u}";
}

/// <summary>The end of a fault's window, a scheduled engine event; its cause is the <see cref="FaultInjected"/>.</summary>
public sealed record FaultCleared(string Vault, FaultKind Kind, DateTimeOffset From, DateTimeOffset Until) : JournalEvent
{
    public override string Target => Vault;

    public override string Describe() => $"{Kind} cleared (window {From:u} to {Until:u})";
}
