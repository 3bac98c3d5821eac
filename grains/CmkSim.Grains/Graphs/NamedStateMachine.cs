using Stateless.Graph;
using Stateless.Reflection;

namespace CmkSim.Grains.Graphs;

/// <summary>One lifecycle's machine, as Mermaid (README, reports) and DOT (Graphviz).</summary>
public sealed record NamedStateMachine(string Name, StateMachineInfo Info)
{
    public string Mermaid => MermaidGraph.Format(Info);

    public string Dot => UmlDotGraph.Format(Info);
}
