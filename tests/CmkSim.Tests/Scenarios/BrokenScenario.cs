using CmkSim.Scenarios;

namespace CmkSim.Tests.Scenarios;

/// <summary>A valid tenant to append broken steps to, and the assertions that a file is invalid.</summary>
public static class BrokenScenario
{
    // Lines 1-8; each test appends its steps and expectations from line 9.
    public const string Header = """
        name: broken
        tenant:
          users:
            - { name: mallory, roles: [GlobalAdministrator] }
          subscriptions: [ prod-sub ]
          environments:
            - { name: "sales-{n}", count: 3, region: europe }
        steps:

        """;

    public static ScenarioValidationException Invalid(ScenarioFile file) =>
        Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(file.Path));

    public static string Only(ScenarioFile file)
    {
        var errors = Invalid(file).Errors;
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        return errors[0].ToString();
    }
}
