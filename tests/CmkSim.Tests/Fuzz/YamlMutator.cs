using System.Text;
using System.Text.RegularExpressions;

namespace CmkSim.Tests.Fuzz;

/// <summary>
/// Mutates a scenario's text. Works on "slots" (<c>key: value</c> pairs, found by pattern, in flow or block style)
/// rather than on a parsed tree, so it can also write what a YAML library would never emit: duplicate keys, tabs,
/// raw control characters, unbalanced brackets.
/// </summary>
public sealed partial class YamlMutator(string text, Random random)
{
    private static readonly string[] TimeKeys = ["at", "span", "timeAfterCreate", "expiryTime", "after", "within", "duration", "every"];
    private static readonly string[] NumberKeys = ["count", "records", "seed", "size", "step", "version"];
    private static readonly string[] IdentifierActions = ["createKeyVault", "createKey", "createEnterprisePolicy"];

    private readonly List<Mutation> applied = [];

    public string Text { get; private set; } = text;

    public IReadOnlyList<Mutation> Applied => applied;

    /// <summary>A mutation chosen at random among those that cannot harm the test host (the host-risk ones are separate).</summary>
    public void ApplyRandom()
    {
        Action[] operators =
        [
            DeleteKey, WrongType, HugeNumber, HugeTime, UnicodeValue, RawCharacter, DuplicateKey, Tabs, HostileName, HostileName,
            HostileTemplate, ModerateNesting,
        ];
        random.Pick(operators)();
    }

    public void DeleteKey() => OnSlot(Slots(), slot =>
    {
        var (start, end) = (slot.Index, slot.Index + slot.Length);
        if (IsBlockLine(slot))
        {
            (start, end) = LineBounds(slot.Index);
        }
        else if (Text[end..].TrimStart(' ').StartsWith(','))
        {
            end = Text.IndexOf(',', end) + 1;
        }

        Text = Text[..start] + Text[end..];
        return new Mutation($"deleted key {slot.Groups["key"].Value} (line {LineOf(slot.Index)})");
    });

    public void WrongType() => OnSlot(Slots(), slot =>
    {
        var value = slot.Groups["value"].Value;
        var replacement = value.StartsWith('[') ? "{ wrong: type }" : value.StartsWith('{') ? "scalar" : random.Pick(HostileValues.Wrong);
        return Replace(slot, replacement, "wrong type");
    });

    public void HugeNumber() => OnSlot(Preferred(NumberKeys, v => Regex.IsMatch(v, @"^-?\d+$")), slot =>
    {
        var number = random.Pick(HostileValues.Numbers);
        var mutation = Replace(slot, number, "number");
        return IsEnvironmentCount(slot) && long.TryParse(number, out var n) && n > 100_000
            ? mutation with { HostRisk = true, MustRefuse = "an environment count over the limit" }
            : mutation;
    });

    public void HugeTime() => OnSlot(Preferred(TimeKeys, v => TimeValue().IsMatch(v)), slot => Replace(slot, random.Pick(HostileValues.Times), "time"));

    public void UnicodeValue() => OnSlot(Slots(), slot => Replace(slot, random.Pick(HostileValues.Unicode), "unicode"));

    public void RawCharacter()
    {
        var at = random.Next(Text.Length + 1);
        var character = random.Pick(HostileValues.RawCharacters);
        Text = Text[..at] + character + Text[at..];
        applied.Add(new Mutation($"raw U+{(int)character[0]:X4} at line {LineOf(at)}"));
    }

    public void DuplicateKey() => OnSlot(Slots(), slot =>
    {
        var key = slot.Groups["key"].Value;
        if (IsBlockLine(slot))
        {
            var (start, end) = LineBounds(slot.Index);
            var line = Text[start..end];
            Text = Text[..end] + (line.EndsWith('\n') ? string.Empty : "\n") + line + Text[end..];
        }
        else
        {
            var at = slot.Index + slot.Length;
            Text = Text[..at] + $", {key}: {slot.Groups["value"].Value}" + Text[at..];
        }

        return new Mutation($"duplicate key {key} (line {LineOf(slot.Index)})");
    });

    public void Tabs()
    {
        var indented = IndentedLine().Matches(Text).ToList();
        if (indented.Count == 0)
        {
            return;
        }

        var line = random.Pick(indented);
        Text = Text[..line.Index] + "\t" + Text[(line.Index + line.Groups[1].Length)..];
        applied.Add(new Mutation($"tab indentation at line {LineOf(line.Index)}"));
    }

    /// <summary>Renames a named thing everywhere it is referred to, so only the name itself can be the problem.</summary>
    public void HostileName()
    {
        var names = Slots().Where(s => s.Groups["key"].Value == "name" && PlainName().IsMatch(s.Groups["value"].Value)).ToList();
        if (names.Count == 0)
        {
            return;
        }

        var slot = random.Pick(names);
        var (yaml, mustRefuse) = random.Pick(HostileValues.Names);
        var identifier = IsBlockLine(slot) || IsTenantEntry(slot) || IdentifierActions.Any(a => LineText(slot.Index).Contains($"do: {a},", StringComparison.Ordinal));
        Rename(slot, yaml, identifier ? mustRefuse : null);
    }

    /// <summary>Renames the thing named <paramref name="old"/> (where it is defined and wherever it is referred to).</summary>
    public void Rename(string old, string yaml, string? mustRefuse)
    {
        var slot = Slots().First(s => s.Groups["key"].Value == "name" && s.Groups["value"].Value == old);
        Rename(slot, yaml, mustRefuse);
    }

    private void Rename(Match slot, string yaml, string? mustRefuse)
    {
        var old = slot.Groups["value"].Value;
        var line = LineOf(slot.Index);
        var references = new Regex($@"(?<!\bdo:\s*)(?<=(?:^|[:\[,])[ ]*)(?<![\w-]){Regex.Escape(old)}(?![\w-])", RegexOptions.Multiline);
        Text = IsBlockLine(slot)
            ? Text[..slot.Groups["value"].Index] + yaml + Text[(slot.Groups["value"].Index + old.Length)..]
            : references.Replace(Text, yaml.Replace("$", "$$", StringComparison.Ordinal));
        applied.Add(new Mutation($"name '{old}' (line {line}) -> {Shorten(yaml)}", MustRefuse: mustRefuse));
    }

    public void HostileTemplate() => OnSlot(Slots().Where(s => s.Groups["key"].Value == "template").ToList(), slot =>
    {
        var (yaml, mustRefuse, hostRisk) = random.Pick(HostileValues.Templates);
        return Replace(slot, yaml, "template") with { MustRefuse = mustRefuse, HostRisk = hostRisk };
    });

    /// <summary>Nesting a parser handles on any stack (deep nesting that can overflow one is <see cref="DeepNesting"/>).</summary>
    public void ModerateNesting() => OnSlot(Slots(), slot =>
    {
        var depth = random.Next(2, 40);
        return Replace(slot, new string('[', depth) + "x" + new string(']', depth), $"nesting {depth}");
    });

    public void DeepNesting(string opening, bool closed) => OnSlot(Slots(), slot =>
    {
        const int depth = 100_000;
        var closing = opening == "[" ? "]" : "}";
        var value = string.Concat(Enumerable.Repeat(opening, depth)) + (closed ? string.Concat(Enumerable.Repeat(closing, depth)) : string.Empty);
        return Replace(slot, value, $"{depth:N0} × '{opening}'{(closed ? " closed" : string.Empty)} as") with { HostRisk = true };
    });

    /// <summary>Billion laughs: ten levels of ten aliases each, then one value refers to the top level.</summary>
    public void AliasBomb(bool mapping) => OnSlot(Slots().Where(s => !IsBlockLine(s)).ToList(), slot =>
    {
        var bomb = new StringBuilder();
        bomb.Append(mapping ? "x-bomb:\n  l0: &l0 { a: lol, b: lol }\n" : "x-bomb:\n  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 10; level++)
        {
            var refs = string.Join(", ", Enumerable.Range(0, 10).Select(i => mapping ? $"k{i}: *l{level - 1}" : $"*l{level - 1}"));
            bomb.Append(mapping ? $"  l{level}: &l{level} {{ {refs} }}\n" : $"  - &l{level} [{refs}]\n");
        }

        var mutation = Replace(slot, "*l9", mapping ? "alias bomb (mappings) as" : "alias bomb (lists) as") with { HostRisk = true };
        Text = bomb + Text;
        return mutation;
    });

    public void EnvironmentCount(string count) => OnSlot(Slots().Where(IsEnvironmentCount).ToList(), slot =>
        Replace(slot, count, "environment count") with { HostRisk = true, MustRefuse = "an environment count over the limit" });

    /// <summary>Sets <paramref name="key"/> on the first step doing <paramref name="action"/> (for the run sample's run-time bombs).</summary>
    public bool SetStepArgument(string action, string key, string value)
    {
        var slot = Slots().FirstOrDefault(s => s.Groups["key"].Value == key && LineText(s.Index).Contains($"do: {action},", StringComparison.Ordinal));
        if (slot is null)
        {
            return false;
        }

        applied.Add(Replace(slot, value, $"{action}"));
        return true;
    }

    public bool SetTenantEnvironmentArgument(string key, string value)
    {
        var slot = Slots().FirstOrDefault(s => s.Groups["key"].Value == key && IsTenantEntry(s) && LineText(s.Index).Contains("region:", StringComparison.Ordinal));
        if (slot is null)
        {
            return false;
        }

        applied.Add(Replace(slot, value, "environment"));
        return true;
    }

    private void OnSlot(IReadOnlyList<Match> slots, Func<Match, Mutation> mutate)
    {
        if (slots.Count > 0)
        {
            applied.Add(mutate(random.Pick(slots)));
        }
    }

    private Mutation Replace(Match slot, string value, string what)
    {
        var group = slot.Groups["value"];
        var key = slot.Groups["key"].Value;
        var line = LineOf(slot.Index);
        Text = Text[..group.Index] + value + Text[(group.Index + group.Length)..];
        return new Mutation($"{what} {key} (line {line}) -> {Shorten(value)}");
    }

    /// <summary>Slots whose key is one of <paramref name="keys"/> or whose value looks right; any slot if none does.</summary>
    private List<Match> Preferred(string[] keys, Func<string, bool> looksRight)
    {
        var all = Slots();
        var preferred = all.Where(s => keys.Contains(s.Groups["key"].Value) || looksRight(s.Groups["value"].Value)).ToList();
        return preferred.Count > 0 ? preferred : all;
    }

    private List<Match> Slots() => SlotPattern().Matches(Text).Where(m => !LineText(m.Index).TrimStart().StartsWith('#')).ToList();

    private bool IsBlockLine(Match slot) => LineBounds(slot.Index).Start == slot.Index;

    private bool IsEnvironmentCount(Match slot) => slot.Groups["key"].Value == "count" && LineText(slot.Index).Contains("{n}", StringComparison.Ordinal);

    private bool IsTenantEntry(Match slot)
    {
        var line = LineText(slot.Index).TrimStart();
        return line.StartsWith("- {", StringComparison.Ordinal) && !line.Contains("do:", StringComparison.Ordinal) && !line.Contains("at:", StringComparison.Ordinal)
            && (line.Contains("roles:", StringComparison.Ordinal) || line.Contains("region:", StringComparison.Ordinal));
    }

    private (int Start, int End) LineBounds(int at)
    {
        var start = at == 0 ? 0 : Text.LastIndexOf('\n', at - 1) + 1;
        var end = Text.IndexOf('\n', at);
        return (start, end < 0 ? Text.Length : end + 1);
    }

    private string LineText(int at)
    {
        var (start, end) = LineBounds(at);
        return Text[start..end];
    }

    private int LineOf(int at) => Text.AsSpan(0, Math.Min(at, Text.Length)).Count('\n') + 1;

    private static string Shorten(string value)
    {
        var shown = value.Length > 40 ? $"{value[..30]}…({value.Length} chars)" : value;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }

    [GeneratedRegex("""(?<key>\b[A-Za-z][A-Za-z0-9]*):[ ]+(?<value>"(?:[^"\\\n]|\\.)*"|\[[^\]\n]*\]|\{[^}\n]*\}|[^,}\]\n#]*[^,}\]\n# ])""", RegexOptions.Multiline)]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"^\d+[smhdw]")]
    private static partial Regex TimeValue();

    [GeneratedRegex(@"^([ ]+)\S", RegexOptions.Multiline)]
    private static partial Regex IndentedLine();

    [GeneratedRegex(@"^[A-Za-z][\w-]*$")]
    private static partial Regex PlainName();
}
