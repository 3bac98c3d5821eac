using System.Text;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// The mutants worth a real run (a run costs seconds, a validation microseconds): the first few random mutants that
/// validate and are small enough to run quickly, every hostile scenario and environment name, and the values that
/// validate but that no run can honour.
/// </summary>
public static class RunSample
{
    public const int Validating = 6;
    private const int SmallTenant = 20;
    private const string Carrier = "14-reset.yaml";

    private static readonly (string Yaml, string? MustRefuse)[] ScenarioNames =
    [
        ("\"..\"", "'..' as a name"),
        ("\"../x\"", "a path separator in a name"),
        ("\"" + Mutant.OutsidePlaceholder + "/abs/x\"", "a path separator in a name"),
        ("\".\"", "'.' as a name"),
        ("sim", null),
        (new string('n', 300), "a name over 255 characters"),
        ("\"a|b\"", null),
        ("\"<script>alert(1)</script>\"", null),
        ("\"\\e[31mred\\e]0;pwned\\a\"", "a control character in a name"),
    ];

    private static readonly Func<YamlMutator, bool>[] Unhonourable =
    [
        m => m.SetTenantEnvironmentArgument("records", "2147483647"),
        m => m.SetStepArgument("writeRecords", "count", "2147483647"),
        m => m.SetStepArgument("setRotationPolicy", "timeAfterCreate", "1s"),
    ];

    public static int FixedCount => ScenarioNames.Length + 1 + Unhonourable.Length;

    public static IEnumerable<Mutant> Select(FuzzSettings settings, string work)
    {
        var validating = MutantGenerator.RandomMutants(settings)
            .Where(m => !m.HostRisk)
            .Where(m => ValidateOracle.Check(m, m.WriteTo(Path.Combine(work, $"m{m.Index:D4}"), work), FuzzSettings.ValidateBound) is
                { Kind: OutcomeKind.Loaded, Environments: <= SmallTenant })
            .Take(Validating);
        return validating.Concat(Fixed(settings));
    }

    private static IEnumerable<Mutant> Fixed(FuzzSettings settings)
    {
        var makers = new List<Func<int, Mutant>>();
        foreach (var (yaml, mustRefuse) in ScenarioNames)
        {
            makers.Add(i => Make(i, Carrier, m => m.Rename("reset", yaml, mustRefuse)));
        }

        makers.Add(i => Make(i, Carrier, m => m.Rename("scratch", "\"scr\\e[2Jatch\"", "a control character in a name")));
        foreach (var set in Unhonourable)
        {
            var carrier = FuzzInputs.Scenarios.Select(f => Path.GetFileName(f)).First(f => set(new YamlMutator(File.ReadAllText(Path.Combine(FuzzInputs.ScenarioFolder, f)), new Random(0))));
            makers.Add(i => Make(i, carrier, m => set(m), "a value the run can't honour"));
        }

        var first = settings.Mutants + MutantGenerator.HostRiskCount;
        return makers.Select((make, k) => first + k).Where(settings.Includes).Select(i => makers[i - first](i));
    }

    private static Mutant Make(int index, string source, Action<YamlMutator> mutate, string? mustRefuse = null)
    {
        var yaml = new YamlMutator(File.ReadAllText(Path.Combine(FuzzInputs.ScenarioFolder, source)), new Random(index));
        mutate(yaml);
        var mutations = yaml.Applied.Select(m => mustRefuse is null ? m : m with { MustRefuse = mustRefuse }).ToList();
        return new Mutant(index, source, Encoding.UTF8.GetBytes(yaml.Text), null, mutations);
    }
}
