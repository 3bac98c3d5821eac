using System.Globalization;
using CmkSim.Files;
using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;
using CmkSim.Scenarios.Names;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Converts one action argument to its kind's value, or records why it cannot.</summary>
internal sealed class ArgumentParser(ParseContext context)
{
    private ErrorSink Errors => context.Errors;

    public object? Parse(ArgumentSpec spec, YamlNode node, string field) => spec.Kind switch
    {
        ArgumentKind.Name => Scalars.Name(node, field, Errors),
        ArgumentKind.Vault => Scalars.CustomerVault(node, field, Errors),
        ArgumentKind.Int => Scalars.Int(node, field, Errors, max: spec.Max),
        ArgumentKind.Bool => Scalars.Bool(node, field, Errors),
        ArgumentKind.Share => Scalars.Share(node, field, Errors),
        ArgumentKind.Duration => Scalars.Duration(node, field, Errors, spec.MinDuration, spec.Why),
        ArgumentKind.Enum => Scalars.OneOf(node, field, spec.Values, Errors),
        ArgumentKind.Environments => context.Environments.Select(node, field),
        ArgumentKind.Environment => context.Environments.One(node, field),
        ArgumentKind.User => Declared(node, field, context.UserNames, "user"),
        ArgumentKind.Subscription => Declared(node, field, context.SubscriptionNames, "subscription"),
        ArgumentKind.File => ExistingFile(node, field),
        ArgumentKind.StringList => Scalars.List(node, field, Errors)?.Select(i => i.Value).ToList(),
        ArgumentKind.EnumList => EnumList(node, field, spec.Values),
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

    /// <summary>Every item one of <paramref name="values"/>, ignoring case; the list as given, in the values' spelling.</summary>
    private List<string>? EnumList(YamlNode node, string field, IReadOnlyList<string> values)
    {
        var items = Scalars.List(node, field, Errors);
        if (items is null)
        {
            return null;
        }

        var known = new List<string>();
        foreach (var (text, item) in items)
        {
            if (values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) is { } value)
            {
                known.Add(value);
            }
            else
            {
                Errors.Add(item, field, $"'{ScenarioNames.Printable(text)}' is not one of {string.Join(", ", values)}{Suggestions.DidYouMean(text, values)}");
            }
        }

        return known.Count == items.Count ? known : null;
    }

    /// <summary>
    /// Resolved against the scenario file's folder, so a scenario runs from any working directory, and confined to
    /// it: a shared scenario must not make CmkSim open /etc/shadow. Links are followed before the check, so a link
    /// pointing out is refused too; the file must be a regular file within the template size limit.
    /// </summary>
    private string? ExistingFile(YamlNode node, string field)
    {
        var path = Scalars.Text(node, field, Errors);
        if (path is null)
        {
            return null;
        }

        var shown = ScenarioNames.Printable(path);
        if (Path.IsPathRooted(path))
        {
            Errors.Add(node, field, $"'{shown}' is an absolute path: write a path relative to the scenario file, inside its folder");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(context.BaseDirectory, path));
        if (SafeFile.Resolve(full, out var problem) is not { } real)
        {
            Errors.Add(node, field, problem == SafeFile.DoesNotExist
                ? $"file '{shown}' does not exist (looked for {full}): paths are relative to the scenario file"
                : $"file '{shown}' {problem}");
            return null;
        }

        var folder = SafeFile.Resolve(context.BaseDirectory, out _) ?? context.BaseDirectory;
        if (!real.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Errors.Add(node, field, $"'{shown}' resolves to {real}, outside the scenario's folder {folder}: a template must be inside it (subfolders are fine)");
            return null;
        }

        if (SafeFile.Problem(real, ScenarioLimits.TemplateFileBytes) is { } unusable)
        {
            Errors.Add(node, field, $"file '{shown}' {unusable}");
            return null;
        }

        return real;
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
