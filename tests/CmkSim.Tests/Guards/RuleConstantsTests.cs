using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using CmkSim.Contracts.Environments;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Rules;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Guards;

/// <summary>
/// Each rule's durations (EN-08's 28 days, EN-07's 24 hours, EN-03's four days, LK-02's 7 and 30 days, LK-03's five
/// minutes, EN-05's 30 days, KV-01's 7 to 90 days) are declared once, in the rule's home in
/// grains/CmkSim.Domain/Rules/ (e.g. <see cref="En08PreviousKeyVersion"/>), and read from there everywhere else.
/// The guard scans sim/ and grains/ for a duration literal equal to one of them outside the homes. A literal that only
/// coincides (a cache lifetime of five minutes) is a named constant whose comment says "Not a rule's duration".
/// </summary>
public sealed class RuleConstantsTests
{
    private const string RulesFolder = "grains/CmkSim.Domain/Rules/";
    private const string NotARule = "Not a rule's duration";

    private const string Number = @"(?<n>[0-9][0-9_]*(?:\.[0-9]+)?)[dDfFmMlLuU]*";

    /// <summary>The ways code spells a duration with a literal, each with the unit its number is in.</summary>
    private static readonly (Regex Pattern, Func<double, TimeSpan> Unit)[] Literals =
    [
        (Spelled(@"\bTimeSpan\.FromDays\(\s*" + Number + @"\s*\)"), TimeSpan.FromDays),
        (Spelled(@"\bTimeSpan\.FromHours\(\s*" + Number + @"\s*\)"), TimeSpan.FromHours),
        (Spelled(@"\bTimeSpan\.FromMinutes\(\s*" + Number + @"\s*\)"), TimeSpan.FromMinutes),
        (Spelled(@"\bTimeSpan\.FromSeconds\(\s*" + Number + @"\s*\)"), TimeSpan.FromSeconds),
        (Spelled(@"\.AddDays\(\s*" + Number + @"\s*\)"), TimeSpan.FromDays),
        (Spelled(@"\.AddHours\(\s*" + Number + @"\s*\)"), TimeSpan.FromHours),
        (Spelled(@"\.AddMinutes\(\s*" + Number + @"\s*\)"), TimeSpan.FromMinutes),
        // A number named for its unit: "const double KeepWindowDays = 28", "RetentionDays = 90", "graceDays: 7".
        (Spelled(@"\b\w*Days\s*(?:=|:)\s*" + Number + @"\s*[;,)]"), TimeSpan.FromDays),
        (Spelled(@"\b\w*Hours\s*(?:=|:)\s*" + Number + @"\s*[;,)]"), TimeSpan.FromHours),
        (Spelled(@"\b\w*Minutes\s*(?:=|:)\s*" + Number + @"\s*[;,)]"), TimeSpan.FromMinutes),
    ];

    // A field or property declaration: only a named constant may carry the "not a rule" comment, never an inline use.
    private static readonly Regex NamedDeclaration = new(@"\b(?:static\s+readonly|const|static)\s+[\w.<>?]+\s+\w+\s*(?:=|\{\s*get;\s*\}\s*=)", RegexOptions.CultureInvariant);

    [Fact]
    public void Each_rule_duration_is_declared_only_in_its_rule_home()
    {
        var violations = new List<string>();
        foreach (var top in new[] { "sim", "grains" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, top), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
                if (relative.Contains("/obj/") || relative.Contains("/bin/") || IsRuleHome(relative))
                {
                    continue;
                }

                violations.AddRange(Scan(relative, File.ReadAllLines(file)));
            }
        }

        Assert.True(violations.Count == 0, "rule durations declared outside their rule's home (read them from "
            + RulesFolder + "; a literal that only coincides is a named constant commented \"" + NotARule + ": why\"):"
            + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Rule_homes_declare_the_durations_the_catalogue_names()
    {
        var durations = RuleDurations();

        Assert.Contains(durations, d => d.Rule == RuleId.EN03 && d.Value == TimeSpan.FromDays(4));
        Assert.Contains(durations, d => d.Rule == RuleId.EN05 && d.Value == TimeSpan.FromDays(30));
        Assert.Contains(durations, d => d.Rule == RuleId.EN07 && d.Value == TimeSpan.FromHours(24));
        Assert.Contains(durations, d => d.Rule == RuleId.EN08 && d.Value == TimeSpan.FromDays(28));
        Assert.Contains(durations, d => d.Rule == RuleId.LK02 && d.Value == TimeSpan.FromDays(7));
        Assert.Contains(durations, d => d.Rule == RuleId.LK02 && d.Value == TimeSpan.FromDays(30));
        Assert.Contains(durations, d => d.Rule == RuleId.LK03 && d.Value == TimeSpan.FromMinutes(5));
        Assert.Contains(durations, d => d.Rule == RuleId.KV01 && d.Value == TimeSpan.FromDays(7));
        Assert.Contains(durations, d => d.Rule == RuleId.KV01 && d.Value == TimeSpan.FromDays(90));
    }

    [Fact]
    public void Every_rule_home_is_named_after_a_catalogue_rule_and_lives_in_its_own_file()
    {
        foreach (var home in RuleHomes())
        {
            Assert.True(RuleCatalog.TryGet(RuleOf(home), out _), $"{home.Name} names no rule of the catalogue");
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, RulesFolder, home.Name + ".cs")), $"{home.Name} is not in {RulesFolder}{home.Name}.cs");
        }
    }

    [Fact]
    public void LK02_production_and_default_are_deleted_after_30_days_others_after_7()
    {
        Assert.Equal(TimeSpan.FromDays(30), Lk02LockedEnvironmentDeletion.DeletedAfter(EnvironmentType.Production));
        Assert.Equal(TimeSpan.FromDays(30), Lk02LockedEnvironmentDeletion.DeletedAfter(EnvironmentType.Default));
        Assert.Equal(TimeSpan.FromDays(7), Lk02LockedEnvironmentDeletion.DeletedAfter(EnvironmentType.Sandbox));
        Assert.Equal(TimeSpan.FromDays(7), Lk02LockedEnvironmentDeletion.DeletedAfter(EnvironmentType.Developer));
    }

    [Theory]
    [InlineData("    private static readonly TimeSpan KeepAfterRemoval = TimeSpan.FromDays(30);", "EN-05")]
    [InlineData("        var grace = production ? TimeSpan.FromDays(30) : TimeSpan.FromDays(7);", "LK-02")]
    [InlineData("    public static readonly TimeSpan Keep = TimeSpan.FromDays(28);", "EN-08")]
    [InlineData("    private const double KeepWindowDays = 28;", "EN-08")]
    [InlineData("        var end = rotation.AddHours(24);", "EN-07")]
    [InlineData("        Draw(\"re-enable\", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5.0));", "LK-03")]
    [InlineData("    int SoftDeleteRetentionDays = 90,", "KV-01")]
    [InlineData("        var done = TimeSpan.FromDays(4); // Not a rule's duration: an inline use is still a second declaration", "EN-03")]
    public void The_guard_names_file_line_and_rule_of_a_second_declaration(string line, string rule)
    {
        var found = Scan("grains/Some/File.cs", ["// first line", line]).ToList();

        Assert.Contains(found, v => v.StartsWith("grains/Some/File.cs:2: ", StringComparison.Ordinal) && v.Contains($"({rule})", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    private static readonly TimeSpan Sampling = TimeSpan.FromHours(1);")]
    [InlineData("        Draw(\"encryption\", TimeSpan.FromMinutes(30), En03Encryption.MaxDuration);")]
    [InlineData("    public static readonly TimeSpan Longest = TimeSpan.FromDays(LongestDays);")]
    [InlineData("    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5); // Not a rule's duration: a cache lifetime")]
    [InlineData("    // the previous version must stay TimeSpan.FromDays(28) after a rotation")]
    public void The_guard_lets_through_what_is_not_a_rule_duration(string line)
    {
        Assert.Empty(Scan("sim/Some/File.cs", [line]));
    }

    [Fact]
    public void The_not_a_rule_comment_may_stand_on_the_lines_above_a_named_constant()
    {
        string[] lines =
        [
            "    // Due times are scattered over this much simulated time.",
            "    // Not a rule's duration: any long spread would do.",
            "    private static readonly TimeSpan Spread = TimeSpan.FromDays(30);",
        ];

        Assert.Empty(Scan("sim/Some/File.cs", lines));
        Assert.NotEmpty(Scan("sim/Some/File.cs", [lines[0], lines[2]]));
    }

    /// <summary>Every rule-duration literal of these lines, as "file:line: ... equals Home.Member (RULE-ID)".</summary>
    private static IEnumerable<string> Scan(string relative, IReadOnlyList<string> lines)
    {
        var durations = RuleDurations();
        for (var i = 0; i < lines.Count; i++)
        {
            var code = lines[i].Split("//")[0];
            foreach (var (pattern, unit) in Literals)
            {
                foreach (Match m in pattern.Matches(code))
                {
                    var value = unit(double.Parse(m.Groups["n"].Value.Replace("_", ""), CultureInfo.InvariantCulture));
                    var homes = durations.Where(d => d.Value == value).ToList();
                    if (homes.Count == 0 || IsExplainedConstant(lines, i))
                    {
                        continue;
                    }

                    yield return $"{relative}:{i + 1}: {m.Value.Trim()} equals "
                        + string.Join(" / ", homes.Select(h => $"{h.Home}.{h.Member} ({h.Rule})")) + $": {lines[i].Trim()}";
                }
            }
        }
    }

    /// <summary>A named constant whose own line, or the comment lines right above it, say it is not a rule's duration.</summary>
    private static bool IsExplainedConstant(IReadOnlyList<string> lines, int index)
    {
        if (!NamedDeclaration.IsMatch(lines[index].Split("//")[0]))
        {
            return false;
        }

        if (lines[index].Contains(NotARule, StringComparison.Ordinal))
        {
            return true;
        }

        for (var above = index - 1; above >= 0 && lines[above].TrimStart().StartsWith("//", StringComparison.Ordinal); above--)
        {
            if (lines[above].Contains(NotARule, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRuleHome(string relative) =>
        relative.StartsWith(RulesFolder, StringComparison.Ordinal) && RuleHomes().Any(h => relative == $"{RulesFolder}{h.Name}.cs");

    /// <summary>The static classes of the Rules namespace named after a rule ID: <c>En08PreviousKeyVersion</c>, <c>Lk03ReEnable</c>.</summary>
    private static IEnumerable<Type> RuleHomes() =>
        typeof(RuleId).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RuleId).Namespace && t is { IsAbstract: true, IsSealed: true } && HomeName.IsMatch(t.Name));

    private static readonly Regex HomeName = new("^(Kv|Ep|En|Db|Sd|Lk|By)([0-9]{2})[A-Z]", RegexOptions.CultureInvariant);

    private static string RuleOf(Type home)
    {
        var m = HomeName.Match(home.Name);
        return $"{m.Groups[1].Value.ToUpperInvariant()}-{m.Groups[2].Value}";
    }

    /// <summary>Each duration a rule home declares: its TimeSpan fields and properties, and its whole-day constants (<c>*Days</c>).</summary>
    private static List<(string Rule, string Home, string Member, TimeSpan Value)> RuleDurations()
    {
        var found = new List<(string, string, string, TimeSpan)>();
        foreach (var home in RuleHomes())
        {
            foreach (var field in home.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.FieldType == typeof(TimeSpan))
                {
                    found.Add((RuleOf(home), home.Name, field.Name, (TimeSpan)field.GetValue(null)!));
                }
                else if (field.FieldType == typeof(int) && field.Name.EndsWith("Days", StringComparison.Ordinal))
                {
                    found.Add((RuleOf(home), home.Name, field.Name, TimeSpan.FromDays((int)field.GetValue(null)!)));
                }
            }

            found.AddRange(home.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(TimeSpan))
                .Select(p => (RuleOf(home), home.Name, p.Name, (TimeSpan)p.GetValue(null)!)));
        }

        return found;
    }

    private static Regex Spelled(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
