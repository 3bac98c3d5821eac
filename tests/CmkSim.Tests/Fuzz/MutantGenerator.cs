using System.Text;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Makes the mutants of a seed: <see cref="FuzzSettings.Mutants"/> random ones (1–3 mutations each, safe to check in
/// the test host), then one of each host-risk kind (deep nesting, alias bombs, huge counts, a device as template),
/// which are checked in a <c>cmksim</c> process. Mutant N depends only on the seed and N.
/// </summary>
public static class MutantGenerator
{
    private static readonly Func<Random, Mutant?>[] HostRiskKinds =
    [
        r => Scenario(r, m => m.DeepNesting("[", closed: false)),
        r => Scenario(r, m => m.DeepNesting("{", closed: false)),
        r => Scenario(r, m => m.DeepNesting("[", closed: true)),
        r => Scenario(r, m => m.AliasBomb(mapping: false)),
        r => Scenario(r, m => m.AliasBomb(mapping: true)),
        r => Scenario(r, m => m.EnvironmentCount("10000000"), withEnvironmentCount: true),
        r => Scenario(r, m => m.EnvironmentCount("2147483647"), withEnvironmentCount: true),
        r => TemplateCarrier(m => m.SetStepArgument("createEnterprisePolicy", "template", "/dev/zero"), "a template that is not a regular file"),
        r => Template(r, m => m.DeepNesting()),
    ];

    public static int HostRiskCount => HostRiskKinds.Length;

    /// <summary>The random mutants, in index order; any that turned out host-risky are flagged so (see <see cref="Mutant.HostRisk"/>).</summary>
    public static IEnumerable<Mutant> RandomMutants(FuzzSettings settings) =>
        Enumerable.Range(0, settings.Mutants).Where(settings.Includes).Select(i => RandomMutant(settings.RandomFor(i, 0), i));

    public static IEnumerable<Mutant> HostRiskMutants(FuzzSettings settings) =>
        Enumerable.Range(0, HostRiskKinds.Length)
            .Where(k => settings.Includes(settings.Mutants + k))
            .Select(k => Reindex(HostRiskKinds[k](settings.RandomFor(settings.Mutants + k, 1))!, settings.Mutants + k));

    private static Mutant RandomMutant(Random random, int index)
    {
        var wanted = random.Next(1, 4);
        Mutant mutant;
        if (random.Next(5) == 0)
        {
            var template = random.Pick(FuzzInputs.Templates);
            var json = new JsonMutator(File.ReadAllText(template), random);
            for (var attempt = 0; json.Applied.Count < wanted && attempt < 20; attempt++)
            {
                json.ApplyRandom();
            }

            mutant = WithBytes(random, index, Path.GetFileName(template), json.Text, json.Applied, isTemplate: true);
        }
        else
        {
            var scenario = random.Pick(FuzzInputs.Scenarios);
            var yaml = new YamlMutator(File.ReadAllText(scenario), random);
            for (var attempt = 0; yaml.Applied.Count < wanted && attempt < 20; attempt++)
            {
                yaml.ApplyRandom();
            }

            mutant = WithBytes(random, index, Path.GetFileName(scenario), yaml.Text, yaml.Applied, isTemplate: false);
        }

        return mutant;
    }

    /// <summary>One mutant in six also gets binary garbage, one in eight is truncated.</summary>
    private static Mutant WithBytes(Random random, int index, string source, string text, IReadOnlyList<Mutation> mutations, bool isTemplate)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var all = mutations.ToList();
        if (random.Next(6) == 0)
        {
            (bytes, var garbage) = ByteMutations.Garbage(bytes, random);
            all.Add(garbage);
        }

        if (random.Next(8) == 0)
        {
            (bytes, var truncated) = ByteMutations.Truncate(bytes, random);
            all.Add(truncated);
        }

        return isTemplate ? new Mutant(index, source, File.ReadAllBytes(Carrier(source)), bytes, all) : new Mutant(index, source, bytes, null, all);
    }

    private static Mutant? Scenario(Random random, Action<YamlMutator> mutate, bool withEnvironmentCount = false)
    {
        var candidates = FuzzInputs.Scenarios.Where(s => !withEnvironmentCount || File.ReadAllText(s).Contains("{n}", StringComparison.Ordinal)).ToList();
        var scenario = random.Pick(candidates);
        var yaml = new YamlMutator(File.ReadAllText(scenario), random);
        mutate(yaml);
        return new Mutant(0, Path.GetFileName(scenario), Encoding.UTF8.GetBytes(yaml.Text), null, yaml.Applied);
    }

    private static Mutant TemplateCarrier(Action<YamlMutator> mutate, string mustRefuse)
    {
        var scenario = Carrier(Path.GetFileName(FuzzInputs.Templates[0]));
        var yaml = new YamlMutator(File.ReadAllText(scenario), new Random(0));
        mutate(yaml);
        var mutations = yaml.Applied.Select(m => m with { HostRisk = true, MustRefuse = mustRefuse }).ToList();
        return new Mutant(0, Path.GetFileName(scenario), Encoding.UTF8.GetBytes(yaml.Text), null, mutations);
    }

    private static Mutant Template(Random random, Action<JsonMutator> mutate)
    {
        var template = FuzzInputs.Templates[0];
        var json = new JsonMutator(File.ReadAllText(template), random);
        mutate(json);
        return new Mutant(0, Path.GetFileName(template), File.ReadAllBytes(Carrier(Path.GetFileName(template))), Encoding.UTF8.GetBytes(json.Text), json.Applied);
    }

    private static string Carrier(string template) =>
        FuzzInputs.ScenarioUsing(Path.Combine(FuzzInputs.TemplateFolder, template)) ?? throw new InvalidOperationException($"no library scenario reads {template}");

    private static Mutant Reindex(Mutant m, int index) => new(index, m.Source, m.Scenario, m.Template, m.Mutations);
}
