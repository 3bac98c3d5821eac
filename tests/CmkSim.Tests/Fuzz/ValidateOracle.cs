using CmkSim.Scenarios;
using CmkSim.Simulation.Running;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Checks a mutant in the test host through the code <c>cmksim validate</c> runs (ScenarioLoader.Load, then
/// TemplateCheck), each on a thread of its own so a hang is noticed: it must load, or be refused with every error at
/// a real file:line:column.
/// </summary>
public static class ValidateOracle
{
    public const string Where = "in-process";

    public static Outcome Check(Mutant mutant, string path, TimeSpan bound)
    {
        Outcome? outcome = null;
        var thread = new Thread(() => outcome = Validate(mutant, path)) { IsBackground = true, Name = $"fuzz mutant {mutant.Index}" };
        thread.Start();

        // A hung validation keeps its (background) thread; the test reports it and the host ends it at exit.
        return thread.Join(bound) && outcome is not null
            ? outcome
            : new Outcome(mutant, OutcomeKind.Hang, Where, $"validation did not finish within {bound.TotalSeconds:0} s");
    }

    private static Outcome Validate(Mutant mutant, string path)
    {
        try
        {
            var scenario = ScenarioLoader.Load(path);
            TemplateCheck.ThrowIfInvalid(scenario);
            return mutant.MustRefuse is { } reason
                ? new Outcome(mutant, OutcomeKind.AcceptedHostile, Where, $"loaded although it has {reason}")
                : new Outcome(mutant, OutcomeKind.Loaded, Where, $"{scenario.Tenant.Environments.Count} environments", scenario.Tenant.Environments.Count);
        }
        catch (ScenarioValidationException e)
        {
            var bad = e.Errors.FirstOrDefault(error => !IsReal(error.Where));
            return bad is null
                ? new Outcome(mutant, OutcomeKind.Refused, Where, Outcome.FirstLine(e.Errors[0].ToString()))
                : new Outcome(mutant, OutcomeKind.BadLocation, Where, Outcome.FirstLine(bad.ToString()));
        }
        catch (Exception e)
        {
            var frame = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
            return new Outcome(mutant, OutcomeKind.Crash, Where, $"{e.GetType().Name}: {Outcome.FirstLine(e.Message)} {frame}");
        }
    }

    /// <summary>Line and column at least 1 and the line within the file (or just past its end, where a parser reports end of input).</summary>
    public static bool IsReal(SourceLocation where)
    {
        if (where.Line < 1 || where.Column < 1 || !File.Exists(where.File))
        {
            return false;
        }

        // YAML's line breaks: \r\n, \r and \n, and in YAML 1.1 also NEL, LS and PS (YamlDotNet counts them all).
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(where.File)).Replace("\r\n", "\n");
        var lines = text.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 1;
        return where.Line <= lines + 1;
    }
}
