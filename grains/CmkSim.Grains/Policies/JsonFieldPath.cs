using System.Text.RegularExpressions;

namespace CmkSim.Grains.Policies;

/// <summary>
/// Builds the field paths errors name: <c>properties.encryption.keyVault</c>, <c>resources[0]</c>. The document itself
/// is <c>$</c>, left out of its children's paths so they read as the seed's field names do.
/// </summary>
internal static partial class JsonFieldPath
{
    public const string Root = "$";

    public static string Child(string parent, string name)
    {
        var segment = PlainName().IsMatch(name) ? name : $"['{name.Replace("'", "\\'")}']";
        return parent == Root ? segment : segment.StartsWith('[') ? parent + segment : $"{parent}.{segment}";
    }

    public static string Item(string parent, int index) => $"{(parent == Root ? "" : parent)}[{index}]";

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex PlainName();
}
