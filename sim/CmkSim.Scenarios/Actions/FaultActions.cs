using CmkSim.Domain.Faults;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults.Throttling;
using CmkSim.Scenarios.Model;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>
/// Faults on purpose: each opens a window of simulated time at a vault (or the HSM behind it: <c>hsm</c> names a
/// Managed HSM or a vault's HSM, the same name space) that a scheduled engine event closes. Journaled as
/// <c>faultInjected</c> and <c>faultCleared</c>.
/// </summary>
internal static class FaultArgs
{
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);

    public static ArgumentSpec Window => MinDuration(Req("for", K.Duration), Shortest, "a fault's window is at least one second");

    public static ArgumentSpec Added => MinDuration(Req("add", K.Duration), Shortest, "an added latency is at least one second");

    /// <summary>The HSM faults take either <c>vault</c> or <c>hsm</c>, exactly one.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> VaultOrHsm { get; } = [["vault"], ["hsm"]];

    public static string Target(StepArguments a) => a.OptionalString("vault") ?? a.String("hsm");
}

/// <summary>Every PKCS#11 call of the vault's HSM fails with a device error for the window.</summary>
public sealed record HsmOutage(string Vault, TimeSpan For) : ScenarioAction<HsmOutage>, IScenarioAction<HsmOutage>, IPlatformEventAction
{
    public static ActionSpec Spec { get; } = new("hsmOutage", [Opt("vault", K.Vault), Opt("hsm", K.Vault), FaultArgs.Window], FaultArgs.VaultOrHsm);

    public static HsmOutage From(StepArguments a) => new(FaultArgs.Target(a), a.Duration("for"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        platform.InjectFaultAsync(actor, Vault, new FaultRequest(FaultKind.HsmOutage, For));
}

/// <summary>Every HSM call answers <c>add</c> later for the window: timed platform work completes later in simulated time.</summary>
public sealed record HsmLatency(string Vault, TimeSpan Add, TimeSpan For) : ScenarioAction<HsmLatency>, IScenarioAction<HsmLatency>, IPlatformEventAction
{
    public static ActionSpec Spec { get; } = new("hsmLatency",
        [Opt("vault", K.Vault), Opt("hsm", K.Vault), FaultArgs.Added, FaultArgs.Window], FaultArgs.VaultOrHsm);

    public static HsmLatency From(StepArguments a) => new(FaultArgs.Target(a), a.Duration("add"), a.Duration("for"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        platform.InjectFaultAsync(actor, Vault, new FaultRequest(FaultKind.HsmLatency, For, Added: Add));
}

/// <summary>A seeded share of the vault's wrap and unwrap calls fails with a device error for the window.</summary>
public sealed record HsmFailures(string Vault, double Share, TimeSpan For) : ScenarioAction<HsmFailures>, IScenarioAction<HsmFailures>, IOrderSensitiveAction, IPlatformEventAction
{
    public static ActionSpec Spec { get; } = new("hsmFailures",
        [Opt("vault", K.Vault), Opt("hsm", K.Vault), Req("share", K.Share), FaultArgs.Window], FaultArgs.VaultOrHsm);

    public static HsmFailures From(StepArguments a) => new(FaultArgs.Target(a), a.Share("share"), a.Duration("for"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        platform.InjectFaultAsync(actor, Vault, new FaultRequest(FaultKind.HsmFailures, For, Share: Share));
}

/// <summary>The vault can't be reached over the network for the window: a transport error the SDK retries, not a 403.</summary>
public sealed record VaultUnreachable(string Vault, TimeSpan For) : ScenarioAction<VaultUnreachable>, IScenarioAction<VaultUnreachable>, IPlatformEventAction
{
    public static ActionSpec Spec { get; } = new("vaultUnreachable", Req("vault", K.Vault), FaultArgs.Window);

    public static VaultUnreachable From(StepArguments a) => new(a.String("vault"), a.Duration("for"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        platform.InjectFaultAsync(actor, Vault, new FaultRequest(FaultKind.VaultUnreachable, For));
}

/// <summary>Key Vault's throttling forced on at the vault for the window: <c>limit</c> wrap/unwrap calls per 10 s.</summary>
public sealed record ForceThrottling(string Vault, int Limit, TimeSpan For) : ScenarioAction<ForceThrottling>, IScenarioAction<ForceThrottling>, IOrderSensitiveAction, IPlatformEventAction
{
    public static ActionSpec Spec { get; } = new("forceThrottling",
        Req("vault", K.Vault), Req("limit", K.Int) with { Max = KeyVaultServiceLimits.HsmRsa2048 * KeyVaultServiceLimits.SoftwareFactor }, FaultArgs.Window);

    public static ForceThrottling From(StepArguments a) => new(a.String("vault"), a.Int("limit"), a.Duration("for"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) =>
        platform.InjectFaultAsync(actor, Vault, new FaultRequest(FaultKind.ForcedThrottling, For, Limit: Limit));
}
