using CmkSim.Tests.Support;

namespace CmkSim.Tests.Guards;

/// <summary>
/// The dependency directions of issue 9, section 4, read from the project files (every *.csproj under sim/, grains/
/// and tests/). Each forbidden edge is a row of data with its reason quoted from the issue; an edge is forbidden
/// directly and through other projects (A → B → C counts as A → C). The directions not reached yet are rows of
/// <see cref="Gaps"/>: a test checks they still exist, so fixing one fails it and the row moves to <see cref="Forbidden"/>.
/// </summary>
public sealed class ProjectGraphTests
{
    // Quoted from issue 9, section 4 ("The dependency directions we want").
    private const string NothingReferencesTheCli =
        "\"Run orchestration (batch of scenarios, mapping a run to its report) lives in a library; the CLI only parses arguments and calls it; nothing references the CLI project (tests included).\"";

    private const string ReportsReadTheResult = "\"Reports → the run result and typed journal only; never → grains or Orleans.\"";

    private const string GrainsPointDown = "\"Grains → domain, contracts, crypto (through its port); never → the engine implementation, reports or CLI.\"";

    private const string DomainIsOrleansFree =
        "\"An Orleans-free domain project (IDs, enums, vocabulary, rules, typed events, ports for scheduling and randomness) is used by everyone and uses nothing of ours. The scenario loader uses its enums\"";

    private const string CryptoIsOrleansFree =
        "\"Crypto (PKCS#11, data plane) is used by the grains and by the signing/bench entry points only, through narrow interfaces; it does not reference Orleans.\"";

    /// <summary>What a project may not reach. From: a project name or "*" (every project). To: a project name, "folder/" (every project under it), or "package:Prefix".</summary>
    public sealed record Edge(string From, string To, string Reason);

    private const string Cli = "CmkSim.Cli";
    private const string Orleans = "package:Microsoft.Orleans";

    public static readonly Edge[] Forbidden =
    [
        new("*", Cli, NothingReferencesTheCli),
        new("CmkSim.Reports", "CmkSim.Grains", ReportsReadTheResult),
        new("CmkSim.Reports", "CmkSim.Simulation", ReportsReadTheResult),
        new("CmkSim.Reports", "CmkSim.Scenarios", ReportsReadTheResult),
        new("CmkSim.Grains", "CmkSim.Simulation", GrainsPointDown),
        new("CmkSim.Grains", "CmkSim.Reports", GrainsPointDown),
        new("CmkSim.Grains", "CmkSim.Scenarios", GrainsPointDown),
        new("CmkSim.Grains", Cli, GrainsPointDown),
        new("CmkSim.Grains", "CmkSim.Engine", GrainsPointDown),
        new("CmkSim.Domain", Orleans, DomainIsOrleansFree),
        new("CmkSim.Domain", "sim/", DomainIsOrleansFree),
        new("CmkSim.Domain", "CmkSim.Contracts", DomainIsOrleansFree),
        new("CmkSim.Domain", "CmkSim.Grains", DomainIsOrleansFree),
        new("CmkSim.Scenarios", Orleans, DomainIsOrleansFree),
        new("CmkSim.Scenarios", "CmkSim.Contracts", DomainIsOrleansFree),
        new("CmkSim.Scenarios", "CmkSim.Grains", DomainIsOrleansFree),
        new("CmkSim.Engine", Orleans, DomainIsOrleansFree),
        new("CmkSim.Engine", "CmkSim.Contracts", DomainIsOrleansFree),
        new("CmkSim.Engine", "CmkSim.Grains", DomainIsOrleansFree),
        new("CmkSim.Crypto", Orleans, CryptoIsOrleansFree),
        new("CmkSim.Crypto", "CmkSim.Contracts", CryptoIsOrleansFree),
        new("CmkSim.Reports", Orleans, ReportsReadTheResult),
        new("CmkSim.Reports", "CmkSim.Contracts", ReportsReadTheResult),
    ];

    /// <summary>
    /// Directions section 4 asks for that do NOT hold yet (each row is an edge that still exists); empty since the
    /// domain project exists. Judgement calls that are not rows: Simulation → Crypto (the silo's HSM options, and the
    /// batch signs reports: a signing entry point); Reports → Crypto (the report signer: a signing entry point);
    /// Grains → Crypto is a project reference whose data plane the grains use through IDataKeyWrapper.
    /// </summary>
    public static readonly Edge[] Gaps = [];

    private static readonly string[] Roots = ["sim", "grains", "tests"];

    [Fact]
    public void The_project_files_point_the_ways_section_4_wants()
    {
        var graph = ProjectGraph.Read(RepoPaths.Root, Roots);
        var violations = new List<string>();
        foreach (var edge in Forbidden)
        {
            var sources = edge.From == "*" ? graph.Projects.Keys.Where(name => !graph.Matches(name, edge.To)) : [Known(graph, edge.From)];
            foreach (var from in sources)
            {
                if (graph.PathTo(from, edge.To) is { } path)
                {
                    violations.Add($"{string.Join(" → ", path)}: forbidden by {edge.Reason}");
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_project_graph_has_no_cycle()
    {
        var graph = ProjectGraph.Read(RepoPaths.Root, Roots);

        Assert.True(graph.Cycle() is null, $"cycle: {string.Join(" → ", graph.Cycle() ?? [])}");
    }

    [Fact]
    public void The_directions_not_reached_yet_are_still_listed_truthfully()
    {
        // When one of these is fixed, move its row to Forbidden so it stays fixed.
        var graph = ProjectGraph.Read(RepoPaths.Root, Roots);
        var fixedGaps = Gaps.Where(gap => graph.PathTo(Known(graph, gap.From), gap.To) is null)
            .Select(gap => $"{gap.From} no longer reaches {gap.To}: move this row from Gaps to Forbidden ({gap.Reason})");

        Assert.Empty(fixedGaps);
    }

    [Fact]
    public void The_graph_is_read_from_every_project_and_every_reference_resolves()
    {
        // A guard that read no project, or lost a reference, would pass vacuously.
        var graph = ProjectGraph.Read(RepoPaths.Root, Roots);

        Assert.Superset(
            new HashSet<string> { Cli, "CmkSim.Contracts", "CmkSim.Crypto", "CmkSim.Domain", "CmkSim.Engine", "CmkSim.Grains", "CmkSim.Reports", "CmkSim.Scenarios", "CmkSim.Simulation", "CmkSim.Tests" },
            graph.Projects.Keys.ToHashSet());
        Assert.Empty(graph.Unresolved);
        Assert.Contains("CmkSim.Simulation", graph.Projects["CmkSim.Tests"].References);
        Assert.Contains("Microsoft.Orleans.Sdk", graph.Projects["CmkSim.Contracts"].Packages);
    }

    [Fact]
    public void A_reference_through_another_project_counts_and_a_cycle_is_found()
    {
        var graph = new ProjectGraph(
            new Dictionary<string, ProjectGraph.Project>
            {
                ["A"] = new("a/A.csproj", ["B"], []),
                ["B"] = new("b/B.csproj", ["C"], []),
                ["C"] = new("grains/C.csproj", [], ["Microsoft.Orleans.Sdk"]),
            },
            []);

        Assert.Equal(["A", "B", "C"], graph.PathTo("A", "grains/"));
        Assert.Equal(["A", "B", "C", "Microsoft.Orleans.Sdk"], graph.PathTo("A", Orleans));
        Assert.Null(graph.PathTo("C", "A"));
        Assert.Null(graph.Cycle());

        var cyclic = new ProjectGraph(
            new Dictionary<string, ProjectGraph.Project> { ["A"] = new("A.csproj", ["B"], []), ["B"] = new("B.csproj", ["A"], []) }, []);
        Assert.Equal(["A", "B", "A"], cyclic.Cycle());
    }

    private static string Known(ProjectGraph graph, string name) =>
        graph.Projects.ContainsKey(name) ? name : throw new InvalidOperationException($"The table names {name}, which is no project under {string.Join(", ", Roots)}.");
}
