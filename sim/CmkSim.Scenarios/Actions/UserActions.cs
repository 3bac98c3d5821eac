using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using CmkSim.Scenarios.Model;
using static CmkSim.Scenarios.Actions.Args;
using K = CmkSim.Scenarios.Actions.ArgumentKind;

namespace CmkSim.Scenarios.Actions;

/// <summary>Entra role names as a scenario writes them (the tenant's <c>roles:</c> use the same).</summary>
internal static class EntraRoles
{
    public static readonly string[] All = Enum.GetNames<EntraRole>();
}

public sealed record AssignEntraRole(string User, EntraRole Role) : ScenarioAction<AssignEntraRole>, IScenarioAction<AssignEntraRole>
{
    public static ActionSpec Spec { get; } = new("assignEntraRole", Req("user", K.User), ReqEnum("role", EntraRoles.All));

    public static AssignEntraRole From(StepArguments a) => new(a.String("user"), Enum.Parse<EntraRole>(a.String("role")));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.SetEntraRoleAsync(actor, User, Role, granted: true);
}

public sealed record RemoveEntraRole(string User, EntraRole Role) : ScenarioAction<RemoveEntraRole>, IScenarioAction<RemoveEntraRole>
{
    public static ActionSpec Spec { get; } = new("removeEntraRole", Req("user", K.User), ReqEnum("role", EntraRoles.All));

    public static RemoveEntraRole From(StepArguments a) => new(a.String("user"), Enum.Parse<EntraRole>(a.String("role")));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.SetEntraRoleAsync(actor, User, Role, granted: false);
}

public sealed record DeactivateUser(string User) : ScenarioAction<DeactivateUser>, IScenarioAction<DeactivateUser>
{
    public static ActionSpec Spec { get; } = new("deactivateUser", Req("user", K.User));

    public static DeactivateUser From(StepArguments a) => new(a.String("user"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.DeactivateUserAsync(actor, User);
}

public sealed record RemoveLicense(string User, string License) : ScenarioAction<RemoveLicense>, IScenarioAction<RemoveLicense>
{
    public static ActionSpec Spec { get; } = new("removeLicense", Req("user", K.User), Req("license", K.String));

    public static RemoveLicense From(StepArguments a) => new(a.String("user"), a.String("license"));

    public override Task<Decision> ExecuteAsync(IPlatform platform, string actor) => platform.RemoveLicenseAsync(actor, User, License);
}
