using CmkSim.Simulation.RuleIndex;
using CmkSim.Tests.Support;

namespace CmkSim.Tests.Rules;

/// <summary>
/// The source scans on a checkout made for the test: which test methods, product lines and scenario lines count as
/// referencing a rule, and that strings, comments and braces inside literals don't mislead them.
/// </summary>
public sealed class RuleIndexScanTests : TempFolderTests
{
    private const string SampleTests = """"
        using CmkSim.Domain.Rules;

        namespace Sample;

        public sealed class SampleTests
        {
            private const string Brace = "{ not a block";

            [Fact]
            public void Refers_by_constant()
            {
                var s = $"{"}"} {Brace}";
                Assert.Equal(RuleId.LK03, s);
            }

            [Theory]
            [InlineData("DB-04")]
            public void Refers_in_its_inline_data(string id) => Assert.NotNull(id);

            // [Fact] public void Commented_out() { _ = RuleId.EN05; }

            [Fact]
            public void Refers_by_home_and_in_a_raw_string()
            {
                _ = En08PreviousKeyVersion.KeptFor; /* RuleId.EN05 in a comment */
                var raw = """
                    }"EN-01" { [Fact] public void Fake() {}
                    """;
            }

            [Fact]
            public void KV06_named_after_it()
            {
            }

            private static void Helper() => _ = RuleId.SD01;

            [Fact]
            public void Mentions_nothing() { var t = "BEN-081 EN-0 XX-99 'EN-05-x'"; char c = '}'; }
        }
        """";

    private const string ProductCode = """
        namespace Product;

        internal static class Guard
        {
            // RuleId.EN05 in a comment is not a citation
            [Enforces(RuleId.KV01)]
            public static Decision Check() => Decision.Refuse(RuleId.LK03, "not locked: EN-05 in a message is not a citation");

            public static TimeSpan Window => En08PreviousKeyVersion.KeptFor;
        }
        """;

    public RuleIndexScanTests()
        : base("cmksim-rules-")
    {
        Write("CmkSim.sln", "");
        Write("tests/Sample/SampleTests.cs", SampleTests);
        Write("sim/Product/Guard.cs", ProductCode);
        Write("sim/Product/obj/Generated.cs", "class G { object o = RuleId.LK03; }");
        Write("scenarios/a.yaml", "# Rotation (EN-08, EN-07)\nname: a\n# and EN-08 again; not BEN-08 nor EN-081\n");
        Write("scenarios/nested/b.yaml", "# EN-08 in a sub-folder is not a library scenario\n");
    }

    [Fact]
    public void A_test_method_references_a_rule_by_constant_inline_data_home_string_or_name()
    {
        var index = RuleIndexer.Build(Folder);

        Assert.Equal(["SampleTests.Refers_by_constant@10"], Tests(index, "LK-03"));
        Assert.Equal(["SampleTests.Refers_in_its_inline_data@18"], Tests(index, "DB-04"));
        Assert.Equal(["SampleTests.Refers_by_home_and_in_a_raw_string@23"], Tests(index, "EN-08"));
        Assert.Equal(["SampleTests.Refers_by_home_and_in_a_raw_string@23"], Tests(index, "EN-01"));
        Assert.Equal(["SampleTests.KV06_named_after_it@32"], Tests(index, "KV-06"));
        Assert.Empty(Tests(index, "EN-05"));
        Assert.Empty(Tests(index, "SD-01"));
        Assert.DoesNotContain(index.Rules.SelectMany(r => r.Tests!), t => t.Test.EndsWith("Fake", StringComparison.Ordinal) || t.Test.EndsWith("Commented_out", StringComparison.Ordinal));
        Assert.All(index.Rules.SelectMany(r => r.Tests!), t => Assert.Equal("tests/Sample/SampleTests.cs", t.At.File));
    }

    [Fact]
    public void Product_code_cites_a_rule_by_constant_or_by_reading_its_home_not_in_comments_attributes_or_build_output()
    {
        var index = RuleIndexer.Build(Folder);

        Assert.Equal([new SourceLine("sim/Product/Guard.cs", 7)], index.Find("LK-03")!.CitedAt);
        Assert.Equal([new SourceLine("sim/Product/Guard.cs", 9)], index.Find("EN-08")!.CitedAt);
        Assert.Empty(index.Find("EN-05")!.CitedAt!);
        Assert.Empty(index.Find("KV-01")!.CitedAt!);
    }

    [Fact]
    public void A_library_scenario_mentions_a_rule_on_the_lines_that_name_it()
    {
        var index = RuleIndexer.Build(Folder);

        var mention = Assert.Single(index.Find("EN-08")!.Scenarios!);
        Assert.Equal("scenarios/a.yaml", mention.File);
        Assert.Equal([1, 3], mention.Lines);
        Assert.Equal([1], Assert.Single(index.Find("EN-07")!.Scenarios!).Lines);
        Assert.Empty(index.Find("LK-03")!.Scenarios!);
    }

    private static List<string> Tests(RuleIndexResult index, string id) =>
        index.Find(id)!.Tests!.Select(t => $"{t.Test}@{t.At.Line}").ToList();

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
