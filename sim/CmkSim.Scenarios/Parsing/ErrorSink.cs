using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Collects every error of one file, so the user sees them all at once.</summary>
internal sealed class ErrorSink(string file)
{
    public string File => file;

    public List<ScenarioError> Errors { get; } = [];

    public SourceLocation At(YamlNode node) => new(file, node.Start.Line, node.Start.Column);

    public void Add(YamlNode node, string field, string message) => Errors.Add(new ScenarioError(At(node), field, message));
}
