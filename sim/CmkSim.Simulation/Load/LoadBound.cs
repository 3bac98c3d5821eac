namespace CmkSim.Simulation.Load;

/// <summary>What operation a term of the bound prices.</summary>
public enum BoundWork
{
    /// <summary>RSA-2048 OAEP unwraps in SoftHSM2 (with the wraps, the bound's only terms before AES-GCM and Orleans were counted).</summary>
    RsaUnwrap,
    RsaWrap,
    AesGcmSeal,
    AesGcmOpen,
    GrainCall,
}

/// <summary>One term of the bound: <paramref name="Count"/> operations a run did, at the bare rate measured in the same run.</summary>
public sealed record BoundTerm(string Name, BoundWork Work, long Count, double BarePerSecond)
{
    /// <summary>The time those operations need at the bare rate; none when the run did none (whatever the rate).</summary>
    public double Seconds => Count == 0 ? 0 : Count / BarePerSecond;
}

/// <summary>
/// The bound on a load run's wall time that issue 12 defines: Σ count / bare rate over its RSA unwraps and wraps, its
/// AES-GCM record seals and opens and its grain calls, each rate measured on every core (grain calls with K in flight)
/// in the same run. A run at the bound does nothing but that work; the ratio bound / wall says how close it came.
/// </summary>
public sealed record LoadBound(IReadOnlyList<BoundTerm> Terms)
{
    public double Seconds => Terms.Sum(t => t.Seconds);

    /// <summary>The old bound, RSA terms only: kept so figures compare with earlier runs.</summary>
    public double RsaOnlySeconds => Terms.Where(t => t.Work is BoundWork.RsaUnwrap or BoundWork.RsaWrap).Sum(t => t.Seconds);

    /// <summary>Other counts of the same operations (a phase's of the run's) at this bound's rates.</summary>
    public double Price(Func<BoundWork, long> count) => Terms.Sum(t => (t with { Count = count(t.Work) }).Seconds);

    /// <summary>bound / wall: 1.0 is a run that is pure counted work at bare rates.</summary>
    public double RatioTo(double wallSeconds) => wallSeconds > 0 ? Seconds / wallSeconds : 0;

    public double RsaOnlyRatioTo(double wallSeconds) => wallSeconds > 0 ? RsaOnlySeconds / wallSeconds : 0;
}
