using CmkSim.Domain.Keys;
using CmkSim.Domain.Memory;

namespace CmkSim.Tests.Memory;

/// <summary>Equal values many environments hold are one instance (<see cref="Shared"/>).</summary>
public sealed class SharedTests
{
    [Fact]
    public void Equal_strings_become_one_instance()
    {
        // Built at run time, so neither is the compiler's literal.
        var first = string.Concat("environment/", "p1-prod-", 7.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var second = string.Concat("environment/p1-", "prod-7");
        Assert.NotSame(first, second);

        Assert.Same(Shared.Text(first), Shared.Text(second));
        Assert.Equal(first, Shared.Text(second));
    }

    [Fact]
    public void Equal_key_versions_become_one_instance_with_shared_strings()
    {
        var first = KeyVersionId.Derive("kv-shared-test", "cmk", 1);
        var second = KeyVersionId.Derive("kv-shared-test", "cmk", 1);
        Assert.NotSame(first, second);

        var shared = Shared.Version(first);
        Assert.Same(shared, Shared.Version(second));
        Assert.Equal(first, shared);
        Assert.Same(Shared.Text(first.Version), shared.Version);
        Assert.NotEqual(shared, Shared.Version(KeyVersionId.Derive("kv-shared-test", "cmk", 2)));
    }
}
