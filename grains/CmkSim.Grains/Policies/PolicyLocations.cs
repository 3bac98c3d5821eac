using CmkSim.Contracts.Policies;
using CmkSim.Domain.Policies;

namespace CmkSim.Grains.Policies;

/// <summary>The locations an enterprise policy can be created in (rule EP-02), as ARM names.</summary>
public static class PolicyLocations
{
    // One list: PolicyLocation owns it.
    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(PolicyLocationNames.All, StringComparer.Ordinal);
}
