using CmkSim.Simulation.Load;

namespace CmkSim.Tests.Load;

/// <summary>The load bound of issue 12: Σ count / bare rate over RSA, AES-GCM and grain calls; the RSA-only figure beside it.</summary>
public sealed class LoadBoundTests
{
    private static readonly LoadBound Bound = new(
    [
        new BoundTerm("RSA-2048 unwrap", BoundWork.RsaUnwrap, 1_000, 500),
        new BoundTerm("RSA-2048 wrap", BoundWork.RsaWrap, 2_000, 10_000),
        new BoundTerm("AES-GCM seal", BoundWork.AesGcmSeal, 50_000, 500_000),
        new BoundTerm("AES-GCM open", BoundWork.AesGcmOpen, 0, 0),
        new BoundTerm("grain call", BoundWork.GrainCall, 300_000, 150_000),
    ]);

    [Fact]
    public void The_bound_is_the_sum_of_each_count_over_its_bare_rate()
    {
        Assert.Equal(2 + 0.2 + 0.1 + 0 + 2, Bound.Seconds, 9);
    }

    [Fact]
    public void The_RSA_only_bound_keeps_the_earlier_figure()
    {
        Assert.Equal(2.2, Bound.RsaOnlySeconds, 9);
        Assert.Equal(2.2 / 11, Bound.RsaOnlyRatioTo(11), 9);
    }

    [Fact]
    public void The_ratio_is_bound_over_wall_time_and_work_not_done_costs_nothing_whatever_its_rate()
    {
        Assert.Equal(4.3 / 5.375, Bound.RatioTo(5.375), 9);
        Assert.Equal(0, Bound.Terms.Single(t => t.Work == BoundWork.AesGcmOpen).Seconds);
        Assert.Equal(0, Bound.RatioTo(0));
    }
}
