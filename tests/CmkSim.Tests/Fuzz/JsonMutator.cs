using System.Text.RegularExpressions;

namespace CmkSim.Tests.Fuzz;

/// <summary>Mutates an ARM template's text: deleted and duplicate keys, wrong types, huge numbers, hostile strings.</summary>
public sealed partial class JsonMutator(string text, Random random)
{
    private static readonly string[] WrongTypes = ["[]", "{}", "123", "\"str\"", "null", "true", "[{}]"];
    private static readonly string[] Strings =
    [
        "\"\\u001b[31mred\"", "\"nul\\u0000\"", "\"\\u202Eevil\"", "\"e\\u0301\\u0301\"", "\"\\ud800\"", "\"../../etc/hostname\"", "\"<script>alert(1)</script>\"",
        "\"a|b\"", "\"\"",
    ];

    private readonly List<Mutation> applied = [];

    public string Text { get; private set; } = text;

    public IReadOnlyList<Mutation> Applied => applied;

    public void ApplyRandom()
    {
        Action[] operators = [DeleteKey, WrongType, HugeNumber, HostileString, DuplicateKey, ModerateNesting];
        random.Pick(operators)();
    }

    public void DeleteKey() => OnSlot(slot =>
    {
        var (start, end) = (slot.Index, slot.Index + slot.Length);
        var after = Regex.Match(Text[end..], @"^\s*,");
        var before = Regex.Match(Text[..start], @",\s*$");
        (start, end) = after.Success ? (start, end + after.Length) : before.Success ? (before.Index, end) : (start, end);
        Text = Text[..start] + Text[end..];
        return new Mutation($"deleted \"{slot.Groups["key"].Value}\"");
    });

    public void WrongType() => OnSlot(slot => Replace(slot, random.Pick(WrongTypes), "wrong type"));

    public void HugeNumber() => OnSlot(slot => Replace(slot, random.Pick(HostileValues.Numbers.Append("1e999").ToList()), "number"));

    public void HostileString() => OnSlot(slot => Replace(slot, random.Pick(Strings), "string"));

    public void DuplicateKey() => OnSlot(slot =>
    {
        Text = Text[..slot.Index] + $"\"{slot.Groups["key"].Value}\": {random.Pick(WrongTypes)}, " + Text[slot.Index..];
        return new Mutation($"duplicate \"{slot.Groups["key"].Value}\"");
    });

    public void ModerateNesting() => OnSlot(slot =>
    {
        var depth = random.Next(2, 200);
        return Replace(slot, new string('[', depth) + new string(']', depth), $"nesting {depth}");
    });

    public void DeepNesting() => OnSlot(slot => Replace(slot, new string('[', 100_000), "100,000 × '[' as") with { HostRisk = true });

    private void OnSlot(Func<Match, Mutation> mutate)
    {
        var slots = SlotPattern().Matches(Text).ToList();
        if (slots.Count > 0)
        {
            applied.Add(mutate(random.Pick(slots)));
        }
    }

    private Mutation Replace(Match slot, string value, string what)
    {
        var group = slot.Groups["value"];
        Text = Text[..group.Index] + value + Text[(group.Index + group.Length)..];
        return new Mutation($"{what} \"{slot.Groups["key"].Value}\" -> {(value.Length > 40 ? value[..30] + "…" : value)}");
    }

    [GeneratedRegex("""
        "(?<key>[^"\\]+)"\s*:\s*(?<value>"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null|\{\s*\}|\[\s*\])
        """)]
    private static partial Regex SlotPattern();
}
