using System.Text.Json;
using CmkSim.Reports.Model;

namespace CmkSim.Reports.Writers;

/// <summary>wallclock.json: the run's real timings, kept apart because they differ from run to run.</summary>
public static class WallClockJsonWriter
{
    public static string Render(RunReport report) => ReportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("scenario", report.Scenario.Name);
        w.WriteString("note", "real (wall-clock) measurements; they differ between runs of the same seed");
        w.WriteNumber("scenarioSeconds", report.WallClock.ScenarioSeconds);
        Latency(w, "wrap", report.WallClock.WrapMicroseconds);
        Latency(w, "unwrap", report.WallClock.UnwrapMicroseconds);
        w.WriteEndObject();
    }) + "\n";

    private static void Latency(Utf8JsonWriter w, string name, IReadOnlyList<double> micros)
    {
        var s = LatencySummary.From(micros);
        w.WriteStartObject(name);
        w.WriteNumber("count", s.Count);
        w.WriteNumber("meanMicroseconds", Math.Round(s.Mean, 3));
        w.WriteNumber("p50Microseconds", Math.Round(s.P50, 3));
        w.WriteNumber("p95Microseconds", Math.Round(s.P95, 3));
        w.WriteNumber("p99Microseconds", Math.Round(s.P99, 3));
        w.WriteNumber("maxMicroseconds", Math.Round(s.Max, 3));
        w.WriteStartArray("samplesMicroseconds");
        foreach (var m in micros)
        {
            w.WriteNumberValue(Math.Round(m, 3));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
