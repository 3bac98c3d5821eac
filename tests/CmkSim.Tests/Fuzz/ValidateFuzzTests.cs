using System.Diagnostics;
using Xunit.Abstractions;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Issue 8's fuzz test, validation half: a seeded mutation fuzzer over the library's scenarios and templates. Every
/// mutant must load or be refused at a real file:line:column; none may crash or hang. Mutants that could take the
/// test host down go through the real <c>cmksim validate</c> instead.
/// </summary>
public sealed class ValidateFuzzTests(ITestOutputHelper output)
{
    private const int HangsBeforeGivingUp = 3;

    [Fact]
    public async Task Every_mutant_loads_or_is_refused_at_file_line_column_and_none_crashes_or_hangs()
    {
        var settings = FuzzSettings.FromEnvironment();
        var report = new FuzzReport(settings, "validate");
        var clock = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("cmksim-fuzz-validate-").FullName;
        try
        {
            var inProcessHangs = 0;
            var throughProcess = new List<(Mutant, string)>();
            foreach (var mutant in MutantGenerator.RandomMutants(settings).Concat(MutantGenerator.HostRiskMutants(settings)))
            {
                var path = mutant.WriteTo(Path.Combine(work, $"m{mutant.Index:D4}"), work);
                if (mutant.HostRisk)
                {
                    throughProcess.Add((mutant, path));
                }
                else if (inProcessHangs >= HangsBeforeGivingUp)
                {
                    report.Skip(mutant);
                }
                else
                {
                    var outcome = ValidateOracle.Check(mutant, path, FuzzSettings.ValidateBound);
                    inProcessHangs += outcome.Kind == OutcomeKind.Hang ? 1 : 0;
                    report.Add(outcome);
                }
            }

            report.Note($"in-process phase {clock.Elapsed.TotalSeconds:0.0} s");
            var temp = Directory.CreateDirectory(Path.Combine(work, "tmp")).FullName;
            await Parallel.ForEachAsync(throughProcess, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                async (m, _) => report.Add(await ProcessValidateOracle.CheckAsync(m.Item1, m.Item2, temp)));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        var summary = report.Summary(clock.Elapsed, report.WriteFailures());
        output.WriteLine(summary);
        Assert.True(report.Failures.Count == 0, summary);
    }
}
