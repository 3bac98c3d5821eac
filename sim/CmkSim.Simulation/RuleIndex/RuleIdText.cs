using System.Reflection;
using System.Text.RegularExpressions;
using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.RuleIndex;

/// <summary>How source text spells a rule: the constant (<c>RuleId.EN08</c>) or the ID itself (<c>EN-08</c>).</summary>
internal static class RuleIdText
{
    /// <summary>Each <see cref="RuleId"/> constant's name and value: <c>EN08</c> → <c>EN-08</c>.</summary>
    public static IReadOnlyDictionary<string, string> Constants { get; } =
        typeof(RuleId).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);

    /// <summary><c>RuleId.EN08</c> (also qualified, <c>Domain.Rules.RuleId.EN08</c>); group <c>c</c> is the constant.</summary>
    public static readonly Regex Constant = new(@"\bRuleId\s*\.\s*(?<c>[A-Z]{2}[0-9]{2})\b", RegexOptions.CultureInvariant);

    /// <summary>An ID as written in text: <c>EN-08</c>, not inside a longer word or number.</summary>
    public static readonly Regex Id = new(@"(?<![\w-])(?<id>[A-Z]{2}-[0-9]{2})(?![\w-])", RegexOptions.CultureInvariant);

    /// <summary>The rule a test method is named after, the convention of the tests: <c>EN08_...</c>, <c>..._KV06_...</c>.</summary>
    public static readonly Regex InName = new("(?<![A-Za-z])(?<f>KV|EP|EN|DB|SD|LK|BY)(?<n>[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant);

    public static string? OfConstant(string constant) => Constants.TryGetValue(constant, out var id) ? id : null;

    public static string? OfId(string text) => RuleCatalog.TryGet(text, out var rule) ? rule.Id : null;
}
