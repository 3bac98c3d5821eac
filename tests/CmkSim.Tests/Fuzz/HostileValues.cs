namespace CmkSim.Tests.Fuzz;

/// <summary>The values an attacker or a careless colleague puts in a scenario, as YAML text (quoted where needed).</summary>
public static class HostileValues
{
    public static readonly string[] Numbers =
        ["2147483647", "-1", "1e308", "99999999999999999999", "-2147483648", "9223372036854775807", "0", "-0.5", ".nan", "0x7FFFFFFF"];

    public static readonly string[] Times =
        ["10675199d", "P99999Y", "99999999999d", "-1d", "1s", "0s", "106751991167d", "9223372036854775807s", "1e308d", "2147483647h", "5d-3h"];

    /// <summary>Control, bidi and combining characters as YAML double-quoted escapes, so they reach the values.</summary>
    public static readonly string[] Unicode =
    [
        "\"\\e[2J\\e[31mred\"", "\"nul\\0byte\"", "\"\\u202Eevil\\u202C\"", "\"e\\u0301\\u0301\\u0301\\u0301\"", "\"zero\\u200Bwidth\"",
        "\"\\U0001F512lock\"", "\"tab\\there\"", "\"line\\nbreak\"", "\"bell\\a\"", "\"del\\x7F\"", "\"\\uFEFFbom\"", "\"\\e]0;pwned\\a\"",
    ];

    /// <summary>Raw characters written straight into the file (not escaped): most are not even allowed in YAML.</summary>
    public static readonly string[] RawCharacters = ["\u001b", "\0", "\u202E", "\u0301", "\t", "\r", "\u0085", "\uFFFE", "\u2028"];

    public static readonly string[] Wrong = ["[ a, b ]", "{ a: 1 }", "[]", "{}", "null", "~", "true", "scalar", "\"\"", "- item"];

    /// <summary>Name, why it must be refused (per issue 8), or null where the grammar is the product's choice.</summary>
    public static readonly (string Yaml, string? MustRefuse)[] Names =
    [
        ("\"..\"", "'..' as a name"),
        ("\"../x\"", "a path separator in a name"),
        ("/abs/x", "a path separator in a name"),
        ("\".\"", "'.' as a name"),
        ("sim", null),
        (new string('n', 300), "a name over 255 characters"),
        ("\"a|b\"", null),
        ("\"<script>alert(1)</script>\"", null),
        ("\"x\\\\y\"", "a path separator in a name"),
        ("\"\\e[31mred\"", "a control character in a name"),
        ("\"nul\\0\"", "a control character in a name"),
        ("\"\\u202Eevil\"", null),
        ("\"\"", "an empty name"),
        ("\"~\"", null),
        ("CON", null),
    ];

    /// <summary>Template paths; the outside ones hold a valid template, so only confinement can refuse them.</summary>
    public static readonly (string Yaml, string? MustRefuse, bool HostRisk)[] Templates =
    [
        ("/etc/shadow", "a template outside the scenario's folder", false),
        ("../../etc/hostname", "a template outside the scenario's folder", false),
        ("/etc/hostname", "a template outside the scenario's folder", false),
        ("../" + Mutant.OutsideTemplate, "a template outside the scenario's folder", false),
        (Mutant.OutsidePlaceholder + "/" + Mutant.OutsideTemplate, "a template outside the scenario's folder", false),
        ("/dev/zero", "a template that is not a regular file", true),
        ("/dev/null", null, false),
        ("templates", null, false),
        ("templates/missing.json", null, false),
        ("\"\"", null, false),
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
