using System.Reflection;
using System.Text.RegularExpressions;
using CmkSim.Domain.Rules;

namespace CmkSim.Tests.Guards;

/// <summary>Every rule of the catalogue has at least one test named after it (e.g. <c>KV06_...</c>).</summary>
public sealed class RuleCoverageTests
{
    [Fact]
    public void Every_rule_ID_has_a_test_named_after_it()
    {
        var named = typeof(RuleCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute))
            .SelectMany(m => Regex.Matches(m.Name, "(KV|EP|EN|DB|SD|LK|BY)([0-9]{2})").Select(x => $"{x.Groups[1].Value}-{x.Groups[2].Value}"))
            .ToHashSet();

        var untested = RuleCatalog.All.Select(r => r.Id).Where(id => !named.Contains(id)).ToList();

        Assert.True(untested.Count == 0, $"rules with no test named after them: {string.Join(", ", untested)}");
    }
}
