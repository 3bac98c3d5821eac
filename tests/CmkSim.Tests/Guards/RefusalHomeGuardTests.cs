using System.Reflection;
using System.Text.RegularExpressions;
using CmkSim.Domain.Rules;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Guards;

/// <summary>
/// Every refusal has a home: the grains gather facts and forward the decision of a guard in
/// grains/CmkSim.Domain/Rules (or of the environment's decisions over them); they write no refusal of their own. A new
/// refusal must get a home (a <c>[RuleHome]</c> class with an <c>[Enforces]</c> guard), or be listed here with why.
/// </summary>
public sealed class RefusalHomeGuardTests
{
    private const string GrainsFolder = "grains/CmkSim.Grains/";

    /// <summary>The refusals the grains still write, per file, each with why it has no home of its own.</summary>
    private static readonly (string File, int Count, string Why)[] Exceptions = [];

    private static readonly Regex Refusal = new(@"\bDecision\s*\.\s*Refuse\s*\(", RegexOptions.CultureInvariant);

    /// <summary>The vault's refusals (<c>Refuse&lt;T&gt;(..., rule)</c>, <c>KeyVaultResult&lt;T&gt;.Refused(..., rule)</c>): they forward a home's decision, so their arguments name no rule.</summary>
    private static readonly Regex VaultRefusal = new(@"(\bRefuse<[\w.<>]+>|\.Refused)\s*\(", RegexOptions.CultureInvariant);

    private static readonly Regex RuleLiteral = new(@"\bRuleId\.[A-Z]{2}[0-9]{2}\b", RegexOptions.CultureInvariant);

    [Fact]
    public void Grains_write_no_refusal_of_their_own_only_forward_a_rule_homes_guard()
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, GrainsFolder), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            if (relative.Contains("/obj/") || relative.Contains("/bin/"))
            {
                continue;
            }

            var hits = Scan(File.ReadAllLines(file)).Select(h => $"{relative}:{h.Line}: {h.Text}").ToList();
            if (hits.Count > 0)
            {
                found[relative] = hits;
            }
        }

        var violations = found
            .Where(f => Exceptions.FirstOrDefault(e => e.File == f.Key) is not { File: not null } allowed || allowed.Count != f.Value.Count)
            .SelectMany(f => f.Value).ToList();
        var stale = Exceptions.Where(e => !found.TryGetValue(e.File, out var hits) || hits.Count != e.Count).Select(e => $"{e.File} ({e.Count}): {e.Why}").ToList();

        Assert.True(violations.Count == 0, "refusals written in a grain: give each a guard in its rule's home (grains/CmkSim.Domain/Rules/<Id><Subject>.cs, "
            + "[Enforces]) and forward its decision, or list the file here with why:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
        Assert.True(stale.Count == 0, "listed exceptions that no longer match the grains (update the count or drop them):" + Environment.NewLine + string.Join(Environment.NewLine, stale));
    }

    [Theory]
    [InlineData("            return Decision.Refuse(RuleId.EN01, \"no\");", 1)]
    [InlineData("        refusal ??= x ? Decision.Refuse(RuleId.DB02, \"a\") : Decision . Refuse (RuleId.DB03, \"b\");", 1)]
    [InlineData("        return En01PolicyEligibility.Refusal(type, managed);", 0)]
    [InlineData("        // Decision.Refuse(RuleId.EN01, \"in a comment\")", 0)]
    [InlineData("    /// <summary>A refusal: <see cref=\"Decision.Refuse(string, string)\"/>.</summary>", 0)]
    [InlineData("            return await Refuse<KeyProperties>(actor, op, name, KeyVaultStatus.NotFound, $\"key '{name}' not found\", RuleId.KV07);", 1)]
    [InlineData("        ? KeyVaultResult<T>.Refused(KeyVaultStatus.NotFound, $\"vault '{Vault}' not found\", RuleId.KV01)", 1)]
    [InlineData("            return await Refuse<KeyProperties>(actor, op, name, KeyVaultStatus.NotFound, Kv07KeyUsable.KeyNotFoundRefusal(name));", 0)]
    [InlineData("        KeyVaultResult<T>.Refused(status, refusal.Message, refusal.RuleId!);", 0)]
    public void The_scan_finds_refusals_in_code_and_not_in_comments(string line, int lines) =>
        Assert.Equal(lines, Scan([line]).Count());

    [Fact]
    public void Every_guard_in_a_rule_home_is_marked_with_the_rule_it_enforces()
    {
        var homes = typeof(RuleId).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RuleHomeAttribute>().Any()).ToList();
        var guards = homes.SelectMany(h => h.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == typeof(Decision))
                .Select(m => (Home: h, Method: m)))
            .ToList();

        // A guard enforces its home's rule (a home may cite another rule only by forwarding it, e.g. a vault's answer).
        var unmarked = guards
            .Where(g => !g.Method.GetCustomAttributes<EnforcesAttribute>().Any(e => g.Home.GetCustomAttributes<RuleHomeAttribute>().Any(h => h.RuleId == e.RuleId)))
            .Select(g => $"{g.Home.Name}.{g.Method.Name}").ToList();

        Assert.True(guards.Count >= 25, $"only {guards.Count} guards found in the rule homes");
        Assert.True(unmarked.Count == 0, "guards in a rule home without [Enforces]: " + string.Join(", ", unmarked));
    }

    /// <summary>
    /// Each line of code (comments stripped) that writes a refusal of its own: <c>Decision.Refuse(</c>, or a vault
    /// refusal whose arguments (up to the closing parenthesis, over lines) cite a rule.
    /// </summary>
    private static IEnumerable<(int Line, string Text)> Scan(IReadOnlyList<string> lines)
    {
        var code = lines.Select(l => l.Split("//")[0]).ToList();
        var text = string.Join("\n", code);
        var starts = new List<int>();
        for (var i = 0; i < code.Count; i++)
        {
            starts.Add(i == 0 ? 0 : starts[i - 1] + code[i - 1].Length + 1);
        }

        int LineOf(int offset) => starts.FindLastIndex(s => s <= offset);

        var refusals = Refusal.Matches(text).Select(m => LineOf(m.Index))
            .Concat(VaultRefusal.Matches(text).Where(m => RuleLiteral.IsMatch(Arguments(text, m.Index + m.Length))).Select(m => LineOf(m.Index)));
        return refusals.Distinct().Order().Select(i => (i + 1, lines[i].Trim()));
    }

    /// <summary>The text from <paramref name="open"/> (just after an opening parenthesis) to its closing one.</summary>
    private static string Arguments(string text, int open)
    {
        var depth = 1;
        var end = open;
        while (end < text.Length && depth > 0)
        {
            depth += text[end] switch { '(' => 1, ')' => -1, _ => 0 };
            end++;
        }

        return text[open..end];
    }
}
