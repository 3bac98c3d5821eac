namespace CmkSim.Domain.Ports;

/// <summary>One seeded stream of numbers.</summary>
public interface IRandomSource
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    int Next(int maxExclusive);

    /// <summary>A duration in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    TimeSpan NextDuration(TimeSpan min, TimeSpan max);
}
