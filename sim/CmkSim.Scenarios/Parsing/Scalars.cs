using System.Globalization;
using CmkSim.Domain.Vaults;
using CmkSim.Engine.Time;
using CmkSim.Scenarios.Names;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Converts one YAML node to a value, or records an error at the node saying what was expected.</summary>
internal static class Scalars
{
    /// <summary>A value of one or more characters, none hidden (<see cref="HiddenCharacters"/>); newline and tab only when <paramref name="lineBreaks"/>.</summary>
    public static string? Text(YamlNode node, string field, ErrorSink errors, bool lineBreaks = false)
    {
        var value = Scalar(node, field, errors);
        var at = value is null ? -1 : HiddenCharacters.IndexOf(value, lineBreaks);
        if (at < 0)
        {
            return value;
        }

        errors.Add(node, field, $"contains {HiddenCharacters.Describe(value![at])}: text that reads otherwise than it is, "
            + (lineBreaks ? "only newline and tab are allowed" : "write it out in plain characters"));
        return null;
    }

    /// <summary>A value of one or more characters, as written.</summary>
    private static string? Scalar(YamlNode node, string field, ErrorSink errors)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        errors.Add(node, field, node is YamlScalarNode ? "is empty: expected a value" : $"expected a single value, found a {Describe(node)}");
        return null;
    }

    /// <summary>A name of the one grammar (<see cref="ScenarioNames"/>): scenario, user, vault, key, policy, ...</summary>
    public static string? Name(YamlNode node, string field, ErrorSink errors)
    {
        // The grammar admits printable ASCII only, so it refuses every hidden character, in its own words.
        var text = Scalar(node, field, errors);
        if (text is null || ScenarioNames.Problem(text) is not { } problem)
        {
            return text;
        }

        errors.Add(node, field, $"'{ScenarioNames.Printable(text)}' is not a valid name: it {problem}; a name is {ScenarioNames.Grammar}");
        return null;
    }

    /// <summary>A vault of the tenant's: a <see cref="Name"/> that is not one of the platform's own vaults (<see cref="PlatformVaultNames"/>).</summary>
    public static string? CustomerVault(YamlNode node, string field, ErrorSink errors)
    {
        var name = Name(node, field, errors);
        if (name is null || PlatformVaultNames.Problem(name) is not { } problem)
        {
            return name;
        }

        errors.Add(node, field, problem);
        return null;
    }

    public static int? Int(YamlNode node, string field, ErrorSink errors, int min = 0, int max = int.MaxValue)
    {
        var text = Text(node, field, errors);
        if (text is null)
        {
            return null;
        }

        var whole = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
        var huge = !whole && text.TrimStart('+').Length > 0 && text.TrimStart('+').All(char.IsAsciiDigit);
        if (whole && value >= min && value <= max)
        {
            return (int)value;
        }

        var shown = ScenarioNames.Printable(text, 40);
        errors.Add(node, field, (whole && value > max) || huge
            ? $"{shown} is more than {max}, the most allowed here (see Limits in scenarios/FORMAT.md)"
            : max == int.MaxValue ? $"'{shown}' is not a whole number of at least {min}" : $"'{shown}' is not a whole number from {min} to {max}");
        return null;
    }

    /// <summary>A duration of at least <paramref name="min"/>, with <paramref name="why"/> saying where that minimum comes from.</summary>
    public static TimeSpan? Duration(YamlNode node, string field, ErrorSink errors, TimeSpan min, string why)
    {
        var duration = Duration(node, field, errors);
        if (duration is { } d && d < min)
        {
            errors.Add(node, field, $"{SimDuration.Format(d)} is less than {SimDuration.Format(min)}, the minimum: {why}");
            return null;
        }

        return duration;
    }

    public static long? Long(YamlNode node, string field, ErrorSink errors)
    {
        var text = Text(node, field, errors);
        if (text is not null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (text is not null)
        {
            errors.Add(node, field, $"'{text}' is not a whole number");
        }

        return null;
    }

    /// <summary>A share of calls in (0, 1], written as a plain decimal (0.2, 1): no percent sign, no exponent.</summary>
    public static double? Share(YamlNode node, string field, ErrorSink errors)
    {
        var text = Text(node, field, errors);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share > 0 && share <= 1)
        {
            return share;
        }

        errors.Add(node, field, $"'{ScenarioNames.Printable(text, 40)}' is not a share above 0 and at most 1 (e.g. 0.2)");
        return null;
    }

    public static bool? Bool(YamlNode node, string field, ErrorSink errors)
    {
        var text = Text(node, field, errors);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                errors.Add(node, field, $"'{text}' is not true or false");
                return null;
        }
    }

    public static TimeSpan? Duration(YamlNode node, string field, ErrorSink errors)
    {
        var text = Text(node, field, errors);
        if (text is null)
        {
            return null;
        }

        if (SimDuration.TryParse(text, out var duration, out var error))
        {
            return duration;
        }

        errors.Add(node, field, error);
        return null;
    }

    public static T? Enum<T>(YamlNode node, string field, ErrorSink errors)
        where T : struct, Enum
    {
        var text = Text(node, field, errors);
        if (text is null)
        {
            return null;
        }

        // Names only: "3" must not parse as the fourth member.
        if (!char.IsDigit(text[0]) && System.Enum.TryParse<T>(text, ignoreCase: true, out var value))
        {
            return value;
        }

        var names = System.Enum.GetNames<T>();
        errors.Add(node, field, $"'{text}' is not one of {string.Join(", ", names)}{Suggestions.DidYouMean(text, names)}");
        return null;
    }

    public static string? OneOf(YamlNode node, string field, IReadOnlyList<string> values, ErrorSink errors)
    {
        var text = Text(node, field, errors);
        if (text is null || values.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        errors.Add(node, field, $"'{text}' is not one of {string.Join(", ", values)}{Suggestions.DidYouMean(text, values)}");
        return null;
    }

    /// <summary>A YAML list of single values (<c>[a, b]</c> or one item per line).</summary>
    public static IReadOnlyList<(string Value, YamlNode Node)>? List(YamlNode node, string field, ErrorSink errors)
    {
        if (node is not YamlSequenceNode sequence)
        {
            errors.Add(node, field, $"expected a list such as [a, b], found a {Describe(node)}");
            return null;
        }

        var items = new List<(string, YamlNode)>();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            if (Text(item, $"{field}[{++index}]", errors) is { } text)
            {
                items.Add((text, item));
            }
        }

        return items;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };
}
