using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Faults;

namespace CmkSim.Contracts.Scheduling;

/// <summary>A key's timer (rotation, expiry notice, end of its soft-delete retention) falls due.</summary>
[GenerateSerializer, Immutable]
public sealed record KeyTimerDue(
    [property: Id(0)] string Vault,
    [property: Id(1)] string Key,
    [property: Id(2)] KeyTimer Timer,
    [property: Id(3)] int Ticket) : ScheduledWork
{
    public override string Kind => Timer.ToString();

    public override Task RunAsync(IGrainFactory grains) => grains.Reference<IKeyVaultGrain>(Vault).OnKeyTimerDueAsync(Key, Timer, Ticket);
}

/// <summary>A soft-deleted vault's retention ends: it is purged (the vault grain's key timer with no key name).</summary>
[GenerateSerializer, Immutable]
public sealed record VaultRetentionDue(
    [property: Id(0)] string Vault,
    [property: Id(1)] int Ticket) : ScheduledWork
{
    public override string Kind => "vault retention";

    public override Task RunAsync(IGrainFactory grains) =>
        grains.Reference<IKeyVaultGrain>(Vault).OnKeyTimerDueAsync("", KeyTimer.RetentionElapsed, Ticket);
}

/// <summary>An injected fault's window ends.</summary>
[GenerateSerializer, Immutable]
public sealed record FaultClears(
    [property: Id(0)] string Vault,
    [property: Id(1)] FaultKind Fault,
    [property: Id(2)] int Ticket) : ScheduledWork
{
    public override string Kind => $"{Fault} cleared";

    public override Task RunAsync(IGrainFactory grains) => grains.Reference<IVaultFaultsGrain>(Vault).ClearFaultAsync(Fault, Ticket);
}
