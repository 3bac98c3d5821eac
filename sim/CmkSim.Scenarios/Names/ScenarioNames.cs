using System.Text;

namespace CmkSim.Scenarios.Names;

/// <summary>
/// The one grammar for names a scenario gives (scenario, user, subscription, environment, vault, key, policy,
/// backup): 1-64 ASCII letters, digits, '-', '_' and '.', starting with a letter or digit and not ending in '.'.
/// So a name is never '.', '..', a path, hidden, or carries spaces or control characters, and can become a folder
/// or a file name as it is.
/// </summary>
public static class ScenarioNames
{
    public const string Grammar =
        "1-64 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit and not ending in '.'";

    public static bool IsValid(string? name) => Problem(name) is null;

    /// <summary>Why <paramref name="name"/> is not a valid name, or null when it is.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "is empty";
        }

        if (name.Length > ScenarioLimits.NameLength)
        {
            return $"is {name.Length} characters long, more than {ScenarioLimits.NameLength}";
        }

        foreach (var c in name)
        {
            if (!IsNameChar(c))
            {
                return $"contains {Describe(c)}";
            }
        }

        if (!char.IsAsciiLetterOrDigit(name[0]))
        {
            return $"starts with '{name[0]}': the first character must be a letter or digit";
        }

        return name[^1] == '.' ? "ends with '.'" : null;
    }

    /// <summary>The text with every character outside printable ASCII escaped and long text cut, safe to print in an error.</summary>
    public static string Printable(string text, int max = 80)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > max ? text[..max] : text)
        {
            // The terminal's convention too (\x1b, \u202e), so one character reads the same in every message.
            shown.Append(c is >= ' ' and <= '~' ? c.ToString() : c <= 0xFF ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
        }

        return text.Length > max ? shown.Append("...").ToString() : shown.ToString();
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    private static string Describe(char c) => c switch
    {
        '/' or '\\' => $"'{c}': a name is not a path",
        ' ' => "a space",
        _ when char.IsControl(c) => $"the control character U+{(int)c:X4}",
        _ when c is > ' ' and <= '~' => $"'{c}'",
        _ => $"the non-ASCII character U+{(int)c:X4}",
    };
}
