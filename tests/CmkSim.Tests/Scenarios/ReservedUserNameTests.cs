using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>
/// A tenant user can't take the name of an actor that is not the tenant's: before, a user called "support" acted in
/// the audit log under the same name as Microsoft support, and a user called "ep-identity" held the key access a
/// vault admin assigned to it as if it were policy ep's managed identity (environments encrypted with no grant).
/// </summary>
public sealed class ReservedUserNameTests
{
    [Theory]
    [InlineData("platform", "the platform itself")]
    [InlineData("Support", "Microsoft support")]
    [InlineData("powerplatform", "the Power Platform service principal")]
    [InlineData("Tenant", "the tenant's own set-up")]
    [InlineData("ep-identity", "a policy's managed identity")]
    public void A_user_named_like_an_actor_of_the_platform_is_refused_at_the_name(string name, string actor)
    {
        using var file = new ScenarioFile(Header.Replace("- { name: mallory, roles: [GlobalAdministrator] }",
            $"- {{ name: mallory, roles: [GlobalAdministrator] }}\n    - {{ name: {name}, roles: [] }}", StringComparison.Ordinal)
            + "  - { at: 0, as: mallory, do: deletePolicy, policy: ep }\n");

        var error = Only(file);

        Assert.StartsWith(file.At(5, name) + ": tenant.users[2].name: ", error, StringComparison.Ordinal);
        Assert.Contains($"is reserved: in the audit log it is {actor}", error, StringComparison.Ordinal);
    }
}
