using System.Diagnostics;
using CmkSim.Cli.Terminal;
using CmkSim.Reports.Model;
using CmkSim.Reports.Writers;
using CmkSim.Scenarios;
using CmkSim.Simulation.Runs;
using CmkSim.Simulation.Running;

namespace CmkSim.Cli.Runs;

/// <summary>
/// Prints a batch on the console: a progress line on a terminal while a scenario runs, one line per scenario, the
/// refusals and failed expectations of a failed one, where the reports are and, last, the one command that replays
/// it exactly (<paramref name="scale"/> is the run's <c>--scale</c>). Every input-derived text is escaped.
/// </summary>
internal sealed class ConsoleBatchObserver(TextWriter output, int scale = 1) : IBatchObserver
{
    /// <summary>
    /// A one-line progress display on a terminal (<see cref="ProgressLine"/>), rewritten in place at most four times a
    /// second; nothing when output is redirected (CI, files, pipes).
    /// </summary>
    public IProgress<RunProgress>? Running(Scenario scenario)
    {
        if (!OnTerminal)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var pacer = new ProgressPacer();
        return new SynchronousProgress(p =>
        {
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (pacer.Due(wall))
            {
                SafeConsoleWriter.RawError.Write(
                    $"\r  {ProgressLine.Text(TerminalText.Safe(scenario.Name), p, scenario.End, scenario.Tenant.Environments.Count, wall)} ");
            }
        });
    }

    public void Ran(Scenario scenario)
    {
        if (OnTerminal)
        {
            SafeConsoleWriter.RawError.Write("\r" + new string(' ', 160) + "\r");
        }
    }

    public void Reported(ScenarioRunResult r, string folder)
    {
        var passed = r.Expectations.Count(e => e.Passed);
        // Two verdicts: the script's expectations (the exit code) and the tenant's posture (data lost, outages, findings).
        var posture = Posture.From(r.Journal, r.Findings, r.End);
        output.WriteLine($"{(r.Passed ? "PASS" : "FAIL")}  {TerminalText.Safe(r.Scenario.Name),-46} {passed,3}/{r.Expectations.Count,-3} expectations {r.Findings.Count,4} findings " +
                         $"{r.Inventory.Count,5} environments {CmkSim.Engine.Time.SimDuration.Format(r.End - r.Start),9} simulated {r.WallSeconds,6:F1} s");
        output.WriteLine($"      posture {posture.Word}: {posture.Sentence}");
        if (!r.Passed)
        {
            // A failed run is easier to read with the platform's refusals beside it.
            foreach (var (step, i) in r.Steps.Select((s, i) => (s, i)).Where(x => !x.s.Accepted))
            {
                output.WriteLine($"      step {i + 1} ({r.Scenario.Steps[i].Action}) refused{(step.RuleId is null ? "" : $" [{TerminalText.Safe(step.RuleId)}]")}: {TerminalText.Safe(step.Message)}");
            }
        }

        foreach (var failed in r.Expectations.Where(e => !e.Passed))
        {
            output.WriteLine($"      expectation {failed.Index} ({TerminalText.Safe(Path.GetFileName(r.Scenario.SourcePath))}:{failed.SourceLine}) failed: {TerminalText.Safe(failed.Text)}");
            output.WriteLine($"        {TerminalText.Safe(failed.Detail)}");
        }

        if (!r.Passed)
        {
            output.WriteLine($"      report: {TerminalText.Safe(Path.Combine(folder, ReportFiles.Html))}");
            output.WriteLine($"      replay: {TerminalText.Safe(ReplayCommand.For(Path.GetFullPath(r.Scenario.SourcePath), r.Seed, scale))}");
        }
    }

    public void Published(string indexHtml, string signerFingerprint) =>
        output.WriteLine($"reports     {TerminalText.Safe(indexHtml)} (signed by {signerFingerprint[..16]}…)");

    private static bool OnTerminal => !Console.IsErrorRedirected && !Console.IsOutputRedirected;
}
