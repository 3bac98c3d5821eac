using System.Text.RegularExpressions;

namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// The test methods (<c>[Fact]</c>, <c>[Theory]</c>) under tests/ that reference a rule: by its constant
/// (<c>RuleId.EN08</c>), by its ID in a string (<c>"EN-08"</c>, in the body or the test's <c>[InlineData]</c>), by the
/// name of its home class (<c>En08PreviousKeyVersion</c>), or by their own name (<c>EN08_...</c>). Comments don't count.
/// </summary>
public static class TestReferences
{
    private static readonly Regex TestAttribute = new(@"\[\s*(?:\w+\.)*\w*(?:Fact|Theory)(?:Attribute)?\s*[\](,]", RegexOptions.CultureInvariant);

    private static readonly Regex TypeDeclaration = new(@"\b(?:class|struct|record|interface)\s+(?<name>[A-Za-z_]\w*)", RegexOptions.CultureInvariant);

    private static readonly Regex MethodName = new(@"(?<name>[A-Za-z_]\w*)\s*(?:<[^<>]*>)?\s*$", RegexOptions.CultureInvariant);

    /// <param name="homes">Each rule home's class name and the rule it is the home of.</param>
    public static Dictionary<string, List<TestReference>> Scan(string root, IReadOnlyDictionary<string, string> homes)
    {
        var homeName = homes.Count == 0 ? null
            : new Regex(@"\b(?<h>" + string.Join('|', homes.Keys.Order(StringComparer.Ordinal).Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        var referenced = new Dictionary<string, List<TestReference>>(StringComparer.Ordinal);
        foreach (var (relative, full) in RepoFiles.Under(root, "tests", "*.cs", SearchOption.AllDirectories))
        {
            var masked = CSharpText.Mask(File.ReadAllText(full));
            foreach (var test in TestMethods(masked.Code))
            {
                var text = masked.WithoutComments[test.Start..test.End];
                var ids = new SortedSet<string>(StringComparer.Ordinal);
                ids.UnionWith(RuleIdText.Constant.Matches(text).Select(m => RuleIdText.OfConstant(m.Groups["c"].Value)).OfType<string>());
                ids.UnionWith(RuleIdText.Id.Matches(text).Select(m => RuleIdText.OfId(m.Groups["id"].Value)).OfType<string>());
                ids.UnionWith(RuleIdText.InName.Matches(test.Method).Select(m => RuleIdText.OfId($"{m.Groups["f"].Value}-{m.Groups["n"].Value}")).OfType<string>());
                if (homeName is not null)
                {
                    ids.UnionWith(homeName.Matches(text).Select(m => homes[m.Groups["h"].Value]));
                }

                var reference = new TestReference($"{test.Class}.{test.Method}", new SourceLine(relative, CSharpText.LineOf(masked.Code, test.NameAt)));
                foreach (var id in ids)
                {
                    (referenced.TryGetValue(id, out var list) ? list : referenced[id] = []).Add(reference);
                }
            }
        }

        return referenced;
    }

    /// <summary>A test method: its class, name, where its name is, and its extent from its first test attribute to its body's end.</summary>
    public sealed record TestMethod(string Class, string Method, int NameAt, int Start, int End);

    /// <summary>The test methods of one file, from its code with comments and literals blanked (<see cref="CSharpText.Masked.Code"/>).</summary>
    public static IEnumerable<TestMethod> TestMethods(string code)
    {
        var types = Types(code).ToList();
        foreach (Match attribute in TestAttribute.Matches(code))
        {
            var p = attribute.Index;
            while (true)
            {
                p = SkipWhitespace(code, p);
                if (p >= code.Length || code[p] != '[')
                {
                    break;
                }

                p = Closing(code, p, '[', ']') + 1;
            }

            var open = code.IndexOf('(', p);
            if (open < 0 || MethodName.Match(code[p..open]) is not { Success: true } name)
            {
                continue;
            }

            var end = BodyEnd(code, Closing(code, open, '(', ')') + 1);
            var owner = types.Where(t => t.Open < attribute.Index && attribute.Index < t.Close).MaxBy(t => t.Open);
            yield return new TestMethod(owner?.Name ?? "?", name.Groups["name"].Value, p + name.Groups["name"].Index, attribute.Index, end);
        }
    }

    private sealed record TypeBody(string Name, int Open, int Close);

    private static IEnumerable<TypeBody> Types(string code)
    {
        foreach (Match m in TypeDeclaration.Matches(code))
        {
            var name = m.Groups["name"].Value;
            if (name is "class" or "struct")
            {
                continue; // "record struct X", "record class X": the next match has the name
            }

            var bodyOrEnd = code.IndexOfAny(['{', ';'], m.Index + m.Length);
            if (bodyOrEnd >= 0 && code[bodyOrEnd] == '{')
            {
                yield return new TypeBody(name, bodyOrEnd, Closing(code, bodyOrEnd, '{', '}'));
            }
        }
    }

    /// <summary>The end of a member whose parameter list ends before <paramref name="from"/>: its block's brace, or its expression body's semicolon.</summary>
    private static int BodyEnd(string code, int from)
    {
        for (var k = from; k < code.Length; k++)
        {
            if (code[k] == '{')
            {
                return Closing(code, k, '{', '}') + 1;
            }

            if (code[k] == ';')
            {
                return k + 1;
            }

            if (code[k] == '=' && k + 1 < code.Length && code[k + 1] == '>')
            {
                return ExpressionEnd(code, k + 2);
            }
        }

        return code.Length;
    }

    private static int ExpressionEnd(string code, int from)
    {
        var depth = 0;
        for (var k = from; k < code.Length; k++)
        {
            switch (code[k])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case ';' when depth <= 0:
                    return k + 1;
            }
        }

        return code.Length;
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/> (the last index when it is never closed).</summary>
    private static int Closing(string code, int open, char opening, char closing)
    {
        var depth = 0;
        for (var k = open; k < code.Length; k++)
        {
            if (code[k] == opening)
            {
                depth++;
            }
            else if (code[k] == closing && --depth == 0)
            {
                return k;
            }
        }

        return code.Length - 1;
    }

    private static int SkipWhitespace(string code, int p)
    {
        while (p < code.Length && char.IsWhiteSpace(code[p]))
        {
            p++;
        }

        return p;
    }
}
