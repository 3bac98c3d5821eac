using static CmkSim.Tests.Properties.PropertyTenant;

namespace CmkSim.Tests.Properties;

/// <summary>
/// EP-01 in the oracle: a policy exists from an accepted creation to an accepted deletion, and a Reader grant or an
/// update on one that does not exist must not be accepted (the platform used to accept the grant).
/// </summary>
public sealed class OraclePolicyExistenceTests
{
    [Fact]
    public void The_role_model_knows_which_policies_exist()
    {
        var roles = new RoleModel();
        Assert.False(roles.PolicyExists("ep1"));
        roles.Accepted(Step("createEnterprisePolicy", ("name", "ep1"), ("location", "europe"), ("vault", "kv1"), ("key", "cmk1")));
        Assert.True(roles.PolicyExists("ep1"));
        roles.Accepted(Step("deletePolicy", ("policy", "ep1")));
        Assert.False(roles.PolicyExists("ep1"));
    }

    [Fact]
    public async Task A_Reader_grant_and_an_update_on_a_policy_never_created_are_refused_and_the_oracle_agrees()
    {
        var run = new GeneratedRun(2, 1,
        [
            Step("grantPolicyReader", ("policy", "ep2"), ("user", Admin)),
            Step("updateEnterprisePolicy", ("policy", "ep2"), ("keyVersion", "current")),
        ]);
        var done = await PropertyRun.ExecuteAsync(run);
        try
        {
            Assert.Equal([("EP-01", false), ("EP-01", false)], done.Result.Steps.Select(s => (s.RuleId, s.Accepted)));
            Assert.Empty(PropertyOracle.Violations(done));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(done.ReportFolder)!, recursive: true);
        }
    }

    private static GeneratedStep Step(string action, params (string, string)[] args) => new(TimeSpan.FromMinutes(5), Admin, action, args);
}
