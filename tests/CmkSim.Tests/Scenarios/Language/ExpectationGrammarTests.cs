using CmkSim.Domain.Environments;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Model;

using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios.Language;

/// <summary>The expectations added for issue 10 parse into their model, and each misuse is an error at its file:line:column.</summary>
public sealed class ExpectationGrammarTests
{
    private const string Steps = """
          - { at: 0, as: mallory, do: reset, environments: sales-1 }
          - { at: 1h, as: mallory, do: reset, environments: sales-2 }
        expect:

        """;

    private static IReadOnlyList<Expectation> Parse(string expectations)
    {
        using var file = new ScenarioFile(Header + Steps + expectations);
        return ScenarioLoader.Load(file.Path).Expectations;
    }

    private static List<string> Errors(string expectations, out ScenarioFile file)
    {
        file = new ScenarioFile(Header + Steps + expectations);
        return Invalid(file).Errors.Select(e => e.ToString()).ToList();
    }

    [Fact]
    public void Refused_false_states_that_a_step_succeeded()
    {
        var e = Assert.IsType<RefusalExpectation>(Assert.Single(Parse("  - { step: 2, refused: false }\n")));

        Assert.False(e.Refused);
        Assert.Null(e.RuleId);
        Assert.True(Assert.IsType<RefusalExpectation>(Assert.Single(Parse("  - { step: 2, refused: true }\n"))).Refused);
    }

    [Fact]
    public void A_finding_can_be_absent_or_pinned_by_subject_count_and_window()
    {
        var all = Parse("""
              - { finding: EN-08, absent: true }
              - { finding: LK-02, subject: "sales-*", count: 16, from: 17d, to: 40d }

            """);

        Assert.Equal(new FindingExpectation(all[0].Location, "EN-08", Absent: true), all[0]);
        var pinned = Assert.IsType<FindingExpectation>(all[1]);
        Assert.Equal(("sales-*", 16, TimeSpan.FromDays(17), TimeSpan.FromDays(40)), (pinned.Subject, pinned.Count!.Value, pinned.From!.Value, pinned.To!.Value));
    }

    [Fact]
    public void A_finding_window_extends_the_run_to_cover_it()
    {
        using var file = new ScenarioFile(Header + Steps + "  - { finding: LK-02, from: 17d, to: 40d }\n");

        Assert.Equal(TimeSpan.FromDays(41), ScenarioLoader.Load(file.Path).End);
    }

    [Fact]
    public void Record_key_version_and_operation_facts_are_state_checks()
    {
        var e = Assert.IsType<EnvironmentExpectation>(Assert.Single(Parse(
            "  - { at: 1d, environments: \"sales-*\", records: 8, readableRecords: 0, keyVersion: previous, operationStatus: Failed, count: 2 }\n")));

        Assert.Equal((8, 0, "previous", HistoryOperations.UpdateCustomerManagedKey, OperationStatus.Failed, 2),
            (e.Records!.Value, e.ReadableRecords!.Value, e.KeyVersion, e.Operation, e.OperationStatus!.Value, e.Count!.Value));
        Assert.Equal("2", Assert.IsType<EnvironmentExpectation>(Assert.Single(Parse("  - { at: 1d, environments: sales-1, keyVersion: 2 }\n"))).KeyVersion);
        Assert.Equal("microsoft", Assert.IsType<EnvironmentExpectation>(Assert.Single(Parse("  - { at: 1d, environments: sales-1, keyVersion: microsoft }\n"))).KeyVersion);
    }

    [Fact]
    public void AnyOf_holds_alternatives_of_any_kind()
    {
        var any = Assert.IsType<AnyOfExpectation>(Assert.Single(Parse("""
              - anyOf:
                  - { at: 1d, environments: sales-1, encryption: Failed }
                  - { step: 1, refused: true }
                  - { finding: EN-03 }

            """)));

        Assert.Collection(any.Alternatives, a => Assert.IsType<EnvironmentExpectation>(a), a => Assert.IsType<RefusalExpectation>(a), a => Assert.IsType<FindingExpectation>(a));
    }

    [Fact]
    public void A_backup_expectation_names_the_backup_and_its_key_version()
    {
        var e = Assert.IsType<BackupExpectation>(Assert.Single(Parse("  - { at: 3d, backup: nightly, keyVersion: previous }\n")));

        Assert.Equal((TimeSpan.FromDays(3), "nightly", "previous"), (e.At, e.Backup, e.KeyVersion));
    }

    [Theory]
    [InlineData("  - { at: 1d, backup: nightly }\n", 12, "{ at", "expect[1].keyVersion: is missing")]
    [InlineData("  - { at: 1d, backup: ../x, keyVersion: 1 }\n", 12, "../x", "expect[1].backup: '../x' is not a valid name")]
    [InlineData("  - { at: 1d, backup: nightly, keyVersion: 1, readable: true }\n", 12, "readable", "expect[1].readable: unknown key for a backup expectation")]
    [InlineData("  - { step: 1, refused: maybe }\n", 12, "maybe", "expect[1].refused: unknown rule ID 'maybe'")]
    [InlineData("  - { at: 1d, environments: sales-1, keyVersion: 0 }\n", 12, "0 }", "expect[1].keyVersion: '0' is not a key version")]
    [InlineData("  - { at: 1d, environments: sales-1, records: -1 }\n", 12, "-1 }", "expect[1].records:")]
    [InlineData("  - { at: 1d, environments: sales-1, operation: Backup, operationStatus: Running }\n", 12, "Backup", "expect[1].operation: 'Backup' is not an operation of the environment's History")]
    [InlineData("  - { at: 1d, environments: sales-1, operation: \"Update Customer Managed Key\" }\n", 12, "operation", "expect[1].operation: checks nothing without operationStatus")]
    [InlineData("  - { at: 1d, environments: sales-1, operationStatus: Done }\n", 12, "Done", "expect[1].operationStatus:")]
    [InlineData("  - { finding: EN-08, absent: true, count: 2 }\n", 12, "2 }", "expect[1].count: absent: true already means a count of 0")]
    [InlineData("  - { finding: EN-08, count: 0 }\n", 12, "0 }", "expect[1].count:")]
    [InlineData("  - { finding: EN-08, from: 5d, to: 2d }\n", 12, "2d", "expect[1].to: the window ends (2d) before it starts (5d)")]
    [InlineData("  - { finding: EN-08, absent: yes }\n", 12, "yes", "expect[1].absent:")]
    [InlineData("  - { finding: EN-08, subjects: x }\n", 12, "subjects", "expect[1].subjects: unknown key for a finding expectation (did you mean 'subject'")]
    [InlineData("  - { anyOf: [ { finding: EN-08 } ] }\n", 12, "[", "expect[1].anyOf: expected a list of two or more expectations")]
    [InlineData("  - { anyOf: [ { finding: EN-08 }, { anyOf: [ { finding: EN-01 }, { finding: EN-02 } ] } ] }\n", 12, "anyOf: [ { finding: EN-01", "expect[1].anyOf[2].anyOf: an anyOf inside an anyOf")]
    [InlineData("  - { anyOf: [ { finding: EN-08 }, { step: 9, refused: false } ] }\n", 12, "9", "expect[1].anyOf[2].step: step 9 does not exist")]
    [InlineData("  - { anyOf: [ { finding: EN-08 }, { step: 1, refused: false } ], step: 2 }\n", 12, "step: 2", "expect[1].step: unknown key for an either-or expectation")]
    public void A_misused_expectation_is_reported_at_its_value(string expectation, int line, string token, string message)
    {
        var errors = Errors(expectation, out var file);
        using (file)
        {
            Assert.Contains(errors, e => e.StartsWith($"{file.At(line, token)}: {message}", StringComparison.Ordinal));
        }
    }
}
