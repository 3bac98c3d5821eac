namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Seed and size of a fuzz run, from <c>CMKSIM_FUZZ_SEED</c>, <c>CMKSIM_FUZZ_MUTANTS</c> and (to replay one mutant)
/// <c>CMKSIM_FUZZ_ONLY</c>. The same seed always yields the same mutants, so a failure printed once can be replayed.
/// </summary>
public sealed record FuzzSettings(int Seed, int Mutants, int? Only)
{
    public const int DefaultSeed = 8;
    public const int DefaultMutants = 300;

    /// <summary>Generous bound for one in-process validation (milliseconds on an idle machine).</summary>
    public static readonly TimeSpan ValidateBound = TimeSpan.FromSeconds(20);

    /// <summary>Generous bound for one <c>cmksim</c> process (a library run takes ~4 s idle, far more with both cores busy).</summary>
    public static readonly TimeSpan ProcessBound = TimeSpan.FromSeconds(120);

    public static FuzzSettings FromEnvironment() => new(
        Number("CMKSIM_FUZZ_SEED") ?? DefaultSeed,
        Number("CMKSIM_FUZZ_MUTANTS") ?? DefaultMutants,
        Number("CMKSIM_FUZZ_ONLY"));

    /// <summary>Each mutant draws from a generator of its own, so mutant N is the same whatever the count.</summary>
    public Random RandomFor(int index, int stream) => new(unchecked((Seed * 1_000_003) + (index * 7919) + stream));

    public bool Includes(int index) => Only is null || Only == index;

    private static int? Number(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) ? value : null;
}
