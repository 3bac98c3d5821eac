namespace CmkSim.Scenarios.Names;

/// <summary>
/// A <c>*</c> glob over plain text (environment names, a finding's subject): <c>*</c> matches any run of characters,
/// nothing else is special. Linear in the text however many <c>*</c> a hostile pattern has (no regex backtracking).
/// </summary>
public static class Glob
{
    public static bool Matches(string pattern, string text)
    {
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(pattern, text, StringComparison.Ordinal);
        }

        if (!text.StartsWith(parts[0], StringComparison.Ordinal) || !text.EndsWith(parts[^1], StringComparison.Ordinal)
            || text.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var at = parts[0].Length;
        foreach (var middle in parts[1..^1])
        {
            var window = text.Length - at - parts[^1].Length;
            var found = window < middle.Length ? -1 : text.IndexOf(middle, at, window, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + middle.Length;
        }

        return true;
    }
}
