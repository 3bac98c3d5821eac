using CmkSim.Simulation.Load;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Load;

/// <summary>A load run's phases: differences of the counters between marks, summed by name, priced at the run's bare rates.</summary>
public sealed class LoadPhaseTests
{
    private static readonly LoadBound Bound = new(
    [
        new BoundTerm("RSA-2048 unwrap", BoundWork.RsaUnwrap, 30, 10),
        new BoundTerm("RSA-2048 wrap", BoundWork.RsaWrap, 100, 100),
        new BoundTerm("AES-GCM seal", BoundWork.AesGcmSeal, 0, 1_000),
        new BoundTerm("AES-GCM open", BoundWork.AesGcmOpen, 0, 1_000),
        new BoundTerm("grain call", BoundWork.GrainCall, 200, 100),
    ]);

    private static PhaseCounters At(double wall, long unwraps, long wraps, long calls, double cpu = 0) =>
        new(TimeSpan.FromSeconds(wall), TimeSpan.FromSeconds(cpu), TimeSpan.Zero, unwraps, wraps, 0, 0, calls);

    private static readonly (string, PhaseCounters)[] Marks =
    [
        ("silo", At(0, 0, 0, 0)),
        ("tenant", At(1, 0, 0, 10)),
        ("events", At(3, 0, 100, 110, cpu: 5)),
        ("probe", At(5, 20, 100, 150, cpu: 9)),
        ("events", At(6, 20, 100, 150, cpu: 11)),
        ("checks", At(8, 30, 100, 200, cpu: 15)),
        (IRunTrace.Done, At(9, 30, 100, 200, cpu: 16)),
        ("after", At(20, 99, 99, 999)),
    ];

    [Fact]
    public void A_phase_entered_twice_is_summed_the_probes_are_left_out_and_nothing_after_the_end_counts()
    {
        var phases = LoadPhase.From(Marks, Bound, priced: true, new HashSet<string> { "probe" });

        Assert.Equal(["silo", "tenant", "events", "checks"], phases.Select(p => p.Name));
        var events = phases[2];
        Assert.Equal(2 + 2, events.WallSeconds, 9);
        Assert.Equal(4 + 4, events.CpuSeconds, 9);
        Assert.Equal((20 + 10, 0, 40 + 50), (events.Unwraps, events.Wraps, events.GrainCalls));
    }

    [Fact]
    public void The_phases_bounds_add_up_to_the_runs_and_each_ratio_is_its_bound_over_its_wall()
    {
        var phases = LoadPhase.From(Marks, Bound, priced: true, new HashSet<string>());

        Assert.Equal(Bound.Seconds, phases.Sum(p => p.BoundSeconds!.Value), 9);
        var tenant = phases.Single(p => p.Name == "tenant");
        Assert.Equal(100 / 100.0 + 100 / 100.0, tenant.BoundSeconds!.Value, 9); // its wraps and grain calls
        Assert.Equal(2.0 / 2, tenant.Ratio!.Value, 9);
    }

    [Fact]
    public void Work_done_in_other_processes_is_not_priced()
    {
        var phases = LoadPhase.From(Marks, Bound, priced: false, new HashSet<string> { "probe" });

        Assert.All(phases, p => Assert.Null(p.Ratio));
        Assert.Equal(1, phases[0].WallSeconds, 9);
    }
}
