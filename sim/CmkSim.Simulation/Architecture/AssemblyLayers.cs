using System.Reflection;
using System.Text;

namespace CmkSim.Simulation.Architecture;

/// <summary>
/// CmkSim's layers as the compiled assemblies reference each other (the references the compiler kept, so only those
/// the code really uses): the architecture as built, not as drawn. Orleans is shown where a layer reaches it directly.
/// </summary>
public sealed record AssemblyLayers(IReadOnlyList<string> Layers, IReadOnlyList<(string From, string To)> Edges)
{
    private const string Ours = "CmkSim.";
    private const string Orleans = "Orleans";

    /// <summary>Every CmkSim assembly reachable from <paramref name="root"/>, with its direct references.</summary>
    public static AssemblyLayers From(Assembly root)
    {
        var layers = new SortedSet<string>(StringComparer.Ordinal);
        var edges = new SortedSet<(string, string)>();
        var pending = new Queue<AssemblyName>([root.GetName()]);
        while (pending.TryDequeue(out var name))
        {
            if (!layers.Add(Short(name)))
            {
                continue;
            }

            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
            {
                if (reference.Name?.StartsWith(Ours, StringComparison.Ordinal) == true)
                {
                    edges.Add((Short(name), Short(reference)));
                    pending.Enqueue(reference);
                }
                else if (reference.Name?.StartsWith("Orleans.", StringComparison.Ordinal) == true)
                {
                    edges.Add((Short(name), Orleans));
                }
            }
        }

        return new AssemblyLayers(layers.ToList(), edges.ToList());
    }

    public string Mermaid()
    {
        var text = new StringBuilder("flowchart TD\n");
        foreach (var (from, to) in Edges)
        {
            text.Append($"    {from} --> {to}\n");
        }

        return text.ToString();
    }

    public string Dot()
    {
        var text = new StringBuilder("digraph Layers {\n    rankdir=TB;\n");
        foreach (var (from, to) in Edges)
        {
            text.Append($"    \"{from}\" -> \"{to}\";\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>"CmkSim.Domain" → "Domain"; the program's assembly is cmksim.</summary>
    private static string Short(AssemblyName name) =>
        name.Name!.StartsWith(Ours, StringComparison.Ordinal) ? name.Name[Ours.Length..] : name.Name!;
}
