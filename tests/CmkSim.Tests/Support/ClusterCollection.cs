namespace CmkSim.Tests.Support;

/// <summary>Test classes in this collection share one two-silo cluster.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "two-silo cluster";
}
