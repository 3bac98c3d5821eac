namespace CmkSim.Domain.Journal;

/// <summary>
/// A silo of the run killed on purpose (a scenario's killSilo): abrupt, its activations gone without writing. Not a
/// rule's event: what must hold across it (nothing lost, the same verdicts) is what the run checks.
/// </summary>
public sealed record SiloKilled(int Silo) : JournalEvent
{
    public override string Target => $"silo/{Silo}";

    public override string Describe() => $"silo {Silo} killed (abrupt stop; its grains reactivate on the live silos)";
}

/// <summary>A killed silo started again (a scenario's restartSilo); its cause is the <see cref="SiloKilled"/>.</summary>
public sealed record SiloRestarted(int Silo) : JournalEvent
{
    public override string Target => $"silo/{Silo}";

    public override string Describe() => $"silo {Silo} restarted (joined the cluster again)";
}
