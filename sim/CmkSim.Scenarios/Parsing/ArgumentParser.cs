using System.Globalization;
using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Converts one action argument to its kind's value, or records why it cannot.</summary>
internal sealed class ArgumentParser(ParseContext context)
{
    private ErrorSink Errors => context.Errors;

    public object? Parse(ArgumentSpec spec, YamlNode node, string field) => spec.Kind switch
    {
        ArgumentKind.Int => Scalars.Int(node, field, Errors),
        ArgumentKind.Bool => Scalars.Bool(node, field, Errors),
        ArgumentKind.Duration => Scalars.Duration(node, field, Errors),
        ArgumentKind.Enum => Scalars.OneOf(node, field, spec.Values, Errors),
        ArgumentKind.Environments => context.Environments.Select(node, field),
        ArgumentKind.Environment => context.Environments.One(node, field),
        ArgumentKind.User => Declared(node, field, context.UserNames, "user"),
        ArgumentKind.Subscription => Declared(node, field, context.SubscriptionNames, "subscription"),
        ArgumentKind.File => ExistingFile(node, field),
        ArgumentKind.StringList => Scalars.List(node, field, Errors)?.Select(i => i.Value).ToList(),
        ArgumentKind.KeyVersion => KeyVersion(node, field),
        _ => Scalars.Text(node, field, Errors),
    };

    private string? Declared(YamlNode node, string field, IReadOnlyList<string> declared, string what)
    {
        var name = Scalars.Text(node, field, Errors);
        if (name is null || declared.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        var known = declared.Count == 0 ? $"the tenant declares no {what}s" : $"declared: {string.Join(", ", declared)}";
        Errors.Add(node, field, $"unknown {what} '{name}'{Suggestions.DidYouMean(name, declared)}; {known}");
        return null;
    }

    /// <summary>Resolved against the scenario file's folder, so a scenario runs from any working directory.</summary>
    private string? ExistingFile(YamlNode node, string field)
    {
        var path = Scalars.Text(node, field, Errors);
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(context.BaseDirectory, path));
        if (File.Exists(full))
        {
            return full;
        }

        Errors.Add(node, field, $"file '{path}' does not exist (looked for {full}): paths are relative to the scenario file");
        return null;
    }

    private string? KeyVersion(YamlNode node, string field)
    {
        var text = Scalars.Text(node, field, Errors);
        if (text is null or "current" or "previous"
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1))
        {
            return text;
        }

        Errors.Add(node, field, $"'{text}' is not a key version: expected current, previous or a version number (1 = first)");
        return null;
    }
}
