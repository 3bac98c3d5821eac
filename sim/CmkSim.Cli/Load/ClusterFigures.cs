using System.Globalization;
using System.Text;
using CmkSim.Reports.Writers;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Cli.Load;

/// <summary>The per-silo share of a clustered load run: <c>cluster.json</c>, <c>cluster.md</c> and three console lines.</summary>
internal static class ClusterFigures
{
    public static IReadOnlyList<string> Write(ClusterRunStats stats, string folder)
    {
        var json = ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("clusters");
            foreach (var (clusterId, silos) in stats.Clusters)
            {
                w.WriteStartObject();
                w.WriteString("clusterId", clusterId);
                w.WriteStartArray("silos");
                foreach (var silo in silos)
                {
                    w.WriteStartObject();
                    w.WriteString("silo", silo.Silo);
                    w.WriteNumber("activations", silo.Activations);
                    w.WriteNumber("calls", silo.Calls);
                    w.WriteNumber("hsmOperations", silo.HsmOperations);
                    w.WriteNumber("deliveries", silo.Deliveries);
                    w.WriteNumber("processCpuSeconds", Math.Round(silo.CpuSeconds, 1));
                    w.WriteNumber("jitSeconds", Math.Round(silo.JitSeconds, 2));
                    w.WriteNumber("jitMethods", silo.JitMethods);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
        File.WriteAllText(Path.Combine(folder, "cluster.json"), json + "\n");
        var md = new StringBuilder("# Silos of the run\n\n");
        md.Append("Read from the cluster just before it stopped: activations from Orleans' management grain; CmkSim grain calls ")
          .Append("served (Orleans' own calls not included) and HSM wraps and unwraps completed in its process (its vaults' data plane), as each silo counted them; ")
          .Append("deliveries: round trips to the run's driver carrying scheduled work and environment writes; CPU and JIT: ")
          .Append("the silo process's since it started, its start-up included (the driver's own are in load.md).\n\n");
        foreach (var (clusterId, silos) in stats.Clusters)
        {
            md.Append(CultureInfo.InvariantCulture, $"## Cluster {clusterId}\n\n| silo | activations | calls | HSM operations | deliveries | CPU | JIT |\n|---|---|---|---|---|---|---|\n");
            foreach (var silo in silos)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {silo.Silo} | {silo.Activations:N0} | {silo.Calls:N0} | {silo.HsmOperations:N0} | {silo.Deliveries:N0} | {silo.CpuSeconds:N1} s | {silo.JitSeconds:N1} s, {silo.JitMethods:N0} methods |\n");
            }

            md.Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, "cluster.md"), md.ToString());
        return ["cluster.json", "cluster.md"];
    }

    public static void Print(ClusterRunStats stats, TextWriter output)
    {
        foreach (var (_, silos) in stats.Clusters)
        {
            foreach (var silo in silos)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"silo        {silo.Silo}: {silo.Activations:N0} activations, {silo.Calls:N0} calls, {silo.HsmOperations:N0} HSM operations, {silo.Deliveries:N0} deliveries, " +
                    $"{silo.CpuSeconds:N0} s CPU (JIT {silo.JitSeconds:N1} s, {silo.JitMethods:N0} methods)"));
            }
        }
    }
}
