using CmkSim.Domain.Rules;
using CmkSim.Scenarios.Model;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>
/// A step that acts on one of the run's silos (numbered from 1 to <c>platform.silos</c>). The parser checks the
/// number against the scenario's silos, so a step the parser accepts names a silo the run will have.
/// </summary>
public interface ISiloAction
{
    int Silo { get; }

    /// <summary>Why this step can't run on a run of <paramref name="silos"/> silos, or null when it can.</summary>
    string? Problem(int silos);
}

internal static class SiloArgs
{
    public static ArgumentSpec Number => Req("silo", K.Int) with { Max = PlatformSpec.MaxSilos };

    public static string? Problem(string action, int silo, int silos) =>
        silo < 1 || silo > silos
            ? $"{action} names silo {silo}, but the scenario has {silos} silo(s){(silos == 1 ? ": set platform: { silos: K } (2 to " + PlatformSpec.MaxSilos + ")" : $": expected 2 to {silos}")}"
            : silo == 1
                ? $"{action} can't name silo 1: it is the primary, which holds the cluster's membership table in embedded mode (killing it ends the run rather than testing recovery): expected 2 to {silos}"
                : null;
}

/// <summary>
/// Silo N stops abruptly, as a crashed process would: its activations are gone without deactivating or writing; the
/// run waits until the cluster has declared it dead, and the next calls reactivate its grains on the live silos,
/// with the state they last wrote. Journaled as <c>siloKilled</c>.
/// </summary>
public sealed record KillSilo(int Silo) : ScenarioAction<KillSilo>, IScenarioAction<KillSilo>, ISiloAction, IPlatformEventAction
{
    public static ActionSpec Spec { get; } = new("killSilo", SiloArgs.Number);

    public static KillSilo From(StepArguments a) => new(a.Int("silo"));

    public string? Problem(int silos) => SiloArgs.Problem(Spec.Name, Silo, silos);

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.KillSiloAsync(actor, Silo);
}

/// <summary>A new silo N joins the cluster (after a kill); grains stay where they were reactivated. Journaled as <c>siloRestarted</c>.</summary>
public sealed record RestartSilo(int Silo) : ScenarioAction<RestartSilo>, IScenarioAction<RestartSilo>, ISiloAction, IPlatformEventAction
{
    public static ActionSpec Spec { get; } = new("restartSilo", SiloArgs.Number);

    public static RestartSilo From(StepArguments a) => new(a.Int("silo"));

    public string? Problem(int silos) => SiloArgs.Problem(Spec.Name, Silo, silos);

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.RestartSiloAsync(actor, Silo);
}
