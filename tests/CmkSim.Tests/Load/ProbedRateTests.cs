using CmkSim.Simulation.Load;
using static CmkSim.Simulation.Load.ProbedRate;

namespace CmkSim.Tests.Load;

/// <summary>Bare rates probed during a load run: each stretch of the run's work is priced at the rates around it.</summary>
public sealed class ProbedRateTests
{
    [Fact]
    public void Before_and_after_alone_give_their_harmonic_mean_as_before()
    {
        Assert.Equal(2 / (1 / 2_000.0 + 1 / 3_000.0), Effective([new Probe(0, 2_000), new Probe(600, 3_000)], 600), 9);
    }

    [Fact]
    public void Work_done_while_the_machine_was_slow_is_priced_at_the_slow_rate()
    {
        // 1,000 operations at ~1,000/s, then 1,000 at 2,000/s: 1 s + 0.5 s, not 2,000 at the mean of the probes.
        var probes = new[] { new Probe(0, 1_000), new Probe(1_000, 1_000), new Probe(1_000, 2_000), new Probe(2_000, 2_000) };
        Assert.Equal(2_000 / 1.5, Effective(probes, 2_000), 9);
    }

    [Fact]
    public void Work_after_the_last_probe_takes_its_rate_and_no_work_gives_a_printable_rate()
    {
        Assert.Equal(500 / (0.25 + 0.25), Effective([new Probe(0, 1_000), new Probe(250, 1_000)], 500), 9);
        Assert.Equal(2 / (1 / 1_000.0 + 1 / 4_000.0), Effective([new Probe(0, 1_000), new Probe(0, 4_000)], 0), 9);
    }

    [Fact]
    public void A_probe_without_a_positive_rate_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Effective([new Probe(0, 0)], 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Effective([], 10));
    }
}
