using CmkSim.Domain.Tenants;
using CmkSim.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Reads <c>tenant:</c>: users, subscriptions and environments; names must be unique within each.</summary>
internal sealed class TenantParser(ErrorSink errors, int scale)
{
    private static readonly string[] TenantKeys = ["users", "subscriptions", "environments"];
    private static readonly string[] UserKeys = ["name", "roles", "licenses", "active"];
    private static readonly string[] SubscriptionKeys = ["name"];

    public TenantSpec Parse(MappingReader tenant)
    {
        tenant.RejectUnknown(TenantKeys, "tenant key");
        var users = Items(tenant, "users").Select(i => User(i.Node, i.Field)).OfType<UserSpec>().ToList();
        var subscriptions = Items(tenant, "subscriptions").Select(i => Subscription(i.Node, i.Field)).OfType<SubscriptionSpec>().ToList();
        var environments = new EnvironmentEntryParser(errors, scale).Parse(Items(tenant, "environments"));
        RejectDuplicates(users.Select(u => (u.Name, u.Location)), "tenant.users", "user");
        RejectDuplicates(subscriptions.Select(s => (s.Name, s.Location)), "tenant.subscriptions", "subscription");
        return new TenantSpec(users, subscriptions, environments);
    }

    /// <summary>The items of an optional list under the tenant, with their field paths (1-based).</summary>
    public IReadOnlyList<(YamlNode Node, string Field)> Items(MappingReader tenant, string key)
    {
        if (tenant.Get(key) is not { } node)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            errors.Add(node, tenant.Field(key), $"expected a list (one '- ' item per entry), found a {Scalars.Describe(node)}");
            return [];
        }

        return list.Children.Select((item, i) => (item, $"{tenant.Field(key)}[{i + 1}]")).ToList();
    }

    private UserSpec? User(YamlNode node, string field)
    {
        if (MappingReader.Of(node, field, errors) is not { } user)
        {
            return null;
        }

        user.RejectUnknown(UserKeys, "user key");
        var name = user.Name("name", required: true, "the user's name");
        var roles = user.Get("roles") is { } rolesNode
            ? Scalars.List(rolesNode, user.Field("roles"), errors)?
                .Select(r => Scalars.Enum<EntraRole>(r.Node, user.Field("roles"), errors)).OfType<EntraRole>().ToList() ?? []
            : [];
        var licenses = user.Strings("licenses");
        var active = user.Bool("active") ?? true;
        if (name is not null && ReservedActors.MistakenFor(name) is { } actor)
        {
            errors.Add(user.Get("name")!, user.Field("name"), $"'{name}' is reserved: in the audit log it is {actor}, and a tenant user of that name could not be told from it");
            return null;
        }

        return name is null ? null : new UserSpec(name, roles, licenses, active, errors.At(user.Get("name")!));
    }

    private SubscriptionSpec? Subscription(YamlNode node, string field)
    {
        // "- prod-sub" is short for "- { name: prod-sub }".
        if (node is YamlScalarNode)
        {
            return Scalars.Name(node, field, errors) is { } text ? new SubscriptionSpec(text, errors.At(node)) : null;
        }

        if (MappingReader.Of(node, field, errors) is not { } subscription)
        {
            return null;
        }

        subscription.RejectUnknown(SubscriptionKeys, "subscription key");
        var name = subscription.Name("name", required: true, "the subscription's name");
        return name is null ? null : new SubscriptionSpec(name, errors.At(subscription.Get("name")!));
    }

    private void RejectDuplicates(IEnumerable<(string Name, SourceLocation Location)> items, string field, string what)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (name, location) in items)
        {
            if (!first.TryAdd(name, location))
            {
                errors.Errors.Add(new ScenarioError(location, field, $"{what} '{name}' is declared twice (first at line {first[name].Line})"));
            }
        }
    }
}
