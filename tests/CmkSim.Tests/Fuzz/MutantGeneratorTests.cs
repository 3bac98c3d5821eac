namespace CmkSim.Tests.Fuzz;

/// <summary>The fuzzer itself: one seed, one set of mutants (so a failure replays), and every kind of mutation used.</summary>
public sealed class MutantGeneratorTests
{
    private static readonly FuzzSettings Default = new(FuzzSettings.DefaultSeed, FuzzSettings.DefaultMutants, Only: null);

    [Fact]
    public void The_same_seed_makes_the_same_mutants_and_one_can_be_made_alone()
    {
        var first = All(Default);
        var again = All(Default);
        var alone = All(Default with { Only = 42 }).Single();

        Assert.Equal(first.Select(Fingerprint), again.Select(Fingerprint));
        Assert.Equal(Fingerprint(first.Single(m => m.Index == 42)), Fingerprint(alone));
        Assert.NotEqual(first.Select(Fingerprint), All(Default with { Seed = Default.Seed + 1 }).Select(Fingerprint));
    }

    [Fact]
    public void The_default_mutants_use_every_kind_of_mutation()
    {
        var labels = string.Join("\n", All(Default).SelectMany(m => m.Mutations).Select(m => m.Label));
        string[] kinds =
        [
            "deleted key", "deleted \"", "wrong type", "number", "time", "unicode", "raw U+", "duplicate key", "duplicate \"", "tab indentation",
            "name '", "template", "nesting", "random bytes", "truncated", "100,000 ×", "alias bomb (lists)", "alias bomb (mappings)",
            "environment count", "string \"",
        ];

        Assert.All(kinds, kind => Assert.Contains(kind, labels, StringComparison.Ordinal));
        Assert.Contains(All(Default), m => m.MustRefuse is not null);
        Assert.Equal(MutantGenerator.HostRiskCount, MutantGenerator.HostRiskMutants(Default).Count(m => m.HostRisk));
    }

    private static List<Mutant> All(FuzzSettings settings) =>
        [.. MutantGenerator.RandomMutants(settings), .. MutantGenerator.HostRiskMutants(settings)];

    private static string Fingerprint(Mutant m) =>
        $"{m.Index} {m.Source} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(m.Scenario))} "
        + $"{(m.Template is null ? "-" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(m.Template)))} {string.Join("; ", m.Mutations)}";
}
