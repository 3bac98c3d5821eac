using CmkSim.Contracts.Policies;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Grains.Policies;

namespace CmkSim.Tests.Domain;

/// <summary>Rules EP-01, EP-02 and EP-07: the seed's template is accepted; each wrong field is refused where it is.</summary>
public sealed class EnterprisePolicyTemplateTests
{
    private const string Source = "policy.json";

    [Fact]
    public void Seed_template_parses()
    {
        var policy = EnterprisePolicyTemplate.Parse(PolicyTemplates.Seed, Source);

        Assert.Equal("contoso-cmk", policy.Name);
        Assert.Equal(PolicyLocation.Europe, policy.Location);
        Assert.Equal("europe", policy.LocationName);
        Assert.Equal(PolicyTemplates.VaultId, policy.KeyVault.Id);
        Assert.Equal(PolicyTemplates.Subscription, policy.SubscriptionId);
        Assert.Equal("cmk-rg", policy.ResourceGroup);
        Assert.Equal("contoso-kv", policy.VaultName);
        Assert.False(policy.KeyVault.ManagedHsm);
        Assert.Equal("cmk", policy.KeyName);
        Assert.Null(policy.KeyVersion);
        Assert.Equal(("SystemAssigned", "Encryption", "Enabled"), (policy.IdentityType, policy.Kind, policy.State));
    }

    [Fact]
    public void Bare_resource_parses_to_the_same_policy()
    {
        Assert.Equal(EnterprisePolicyTemplate.Parse(PolicyTemplates.Seed, Source), EnterprisePolicyTemplate.Parse(PolicyTemplates.BareResource, Source));
    }

    [Fact]
    public void Parsed_policy_gives_the_definition_the_policy_grain_takes()
    {
        var definition = EnterprisePolicyTemplate.Parse(PolicyTemplates.Seed.With("\"name\": \"cmk\"",
            "\"name\": \"cmk\", \"version\": \"0123456789abcdef0123456789ABCDEF\""), Source).ToDefinition();

        Assert.Equal(new EnterprisePolicyDefinition("contoso-cmk", "europe", PolicyTemplates.Subscription, "contoso-kv", "cmk",
            "0123456789abcdef0123456789ABCDEF"), definition);
    }

    [Fact]
    public void Managed_hsm_id_and_other_resources_in_the_template_are_accepted()
    {
        var hsmId = PolicyTemplates.VaultId.Replace("vaults/contoso-kv", "managedHSMs/contoso-hsm");
        var withStorage = PolicyTemplates.Seed.With("\"resources\": [", """
            "resources": [
                { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "logs" },
            """).With(PolicyTemplates.VaultId, hsmId);

        var policy = EnterprisePolicyTemplate.Parse(withStorage, Source);

        Assert.True(policy.KeyVault.ManagedHsm);
        Assert.Equal("contoso-hsm", policy.VaultName);
    }

    [Fact]
    public void EP01_an_empty_key_name_in_the_seed_template_is_refused_at_line_22()
    {
        var e = Assert.Throws<TemplateValidationException>(() =>
            EnterprisePolicyTemplate.Parse(PolicyTemplates.Seed.With("\"name\": \"cmk\"", "\"name\": \"\""), Source));

        Assert.Equal("policy.json:22:37: resources[0].properties.encryption.keyVault.key.name: expected a non-empty string", e.Message);
        Assert.Equal(RuleId.EP01, e.RuleId);
    }

    public static TheoryData<string, string, string, string, string, string> BadFields => new()
    {
        // from, to, where the error must point (first occurrence), field path, reason fragment, rule
        { "\"type\": \"Microsoft.PowerPlatform/enterprisePolicies\"", "\"type\": \"Microsoft.PowerPlatform/policies\"", "\"Microsoft.PowerPlatform/policies\"", "type", "expected \"Microsoft.PowerPlatform/enterprisePolicies\", found \"Microsoft.PowerPlatform/policies\"", RuleId.EP01 },
        { "\"apiVersion\": \"2020-10-30\"", "\"apiVersion\": \"2021-01-01\"", "\"2021-01-01\"", "apiVersion", "expected \"2020-10-30\", found \"2021-01-01\"", RuleId.EP01 },
        { "\"name\": \"contoso-cmk\"", "\"name\": 42", "42", "name", "expected a non-empty string, found the number 42", RuleId.EP01 },
        { "\"name\": \"contoso-cmk\"", "\"name\": \"[parameters('policyName')]\"", "\"[parameters", "name", "ARM expression", RuleId.EP01 },
        { "\"name\": \"contoso-cmk\"", "\"name\": \"contoso/cmk\"", "\"contoso/cmk\"", "name", "policy name \"contoso/cmk\" is not valid", RuleId.EP01 },
        { "\"location\": \"europe\"", "\"location\": \"westeurope\"", "\"westeurope\"", "location", "expected one of unitedstates, southafrica,", RuleId.EP02 },
        { "\"location\": \"europe\"", "\"location\": null", "null", "location", "expected a non-empty string, found null", RuleId.EP02 },
        { "\"kind\": \"Encryption\"", "\"kind\": \"Lockbox\"", "\"Lockbox\"", "kind", "expected \"Encryption\", found \"Lockbox\"", RuleId.EP07 },
        { "\"identity\": {\n    \"type\": \"SystemAssigned\"\n  }", "\"identity\": \"SystemAssigned\"", "\"SystemAssigned\"", "identity", "expected an object, found \"SystemAssigned\"", RuleId.EP07 },
        { "\"type\": \"SystemAssigned\"", "\"type\": \"UserAssigned\"", "\"UserAssigned\"", "identity.type", "expected \"SystemAssigned\", found \"UserAssigned\"", RuleId.EP07 },
        { "\"lockbox\": null", "\"lockbox\": { \"state\": \"Enabled\" }", "{ \"state\"", "properties.lockbox", "expected null, found an object", RuleId.EP01 },
        { "\"encryption\": {", "\"encryption\": [], \"x\": {", "[]", "properties.encryption", "expected an object, found an array", RuleId.EP01 },
        { "\"state\": \"Enabled\"", "\"state\": \"Disabled\"", "\"Disabled\"", "properties.encryption.state", "expected \"Enabled\", found \"Disabled\"", RuleId.EP01 },
        { "\"state\": \"Enabled\"", "\"state\": true", "true", "properties.encryption.state", "expected \"Enabled\", found true", RuleId.EP01 },
        { "cmk-rg/providers/Microsoft.KeyVault/vaults", "cmk-rg/providers/Microsoft.Storage/vaults", "\"/subscriptions/", "properties.encryption.keyVault.id", "provider 'Microsoft.Storage/vaults'", RuleId.EP07 },
        { "0b1f6471-1bf0-4dda-aec3-cb9272f09590", "contoso", "\"/subscriptions/", "properties.encryption.keyVault.id", "subscription 'contoso' is not a GUID", RuleId.EP07 },
        { "resourceGroups/cmk-rg", "resourceGroups/cmk-rg.", "\"/subscriptions/", "properties.encryption.keyVault.id", "resource group 'cmk-rg.' is not a valid name", RuleId.EP07 },
        { "vaults/contoso-kv", "vaults/kv", "\"/subscriptions/", "properties.encryption.keyVault.id", "vault name 'kv' is not valid", RuleId.EP07 },
        { "vaults/contoso-kv", "vaults/contoso-kv/keys/cmk", "\"/subscriptions/", "properties.encryption.keyVault.id", "expected /subscriptions/{guid}/resourceGroups/", RuleId.EP07 },
        { "\"name\": \"cmk\"", "\"name\": \"\"", "\"\"", "properties.encryption.keyVault.key.name", "expected a non-empty string", RuleId.EP01 },
        { "\"name\": \"cmk\"", "\"name\": \"cmk_key\"", "\"cmk_key\"", "properties.encryption.keyVault.key.name", "key name \"cmk_key\" is not valid", RuleId.EP01 },
        { "\"name\": \"cmk\"", "\"name\": \"cmk\", \"version\": \"v2\"", "\"v2\"", "properties.encryption.keyVault.key.version", "key version \"v2\" is not valid", RuleId.EP01 },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void EP01_EP02_EP07_a_wrong_field_is_refused_at_its_value_with_its_rule(string from, string to, string at, string path, string reason, string rule)
    {
        var template = PolicyTemplates.BareResource.With(from, to);
        var (line, column) = template.PositionOf(at);

        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(template, Source));

        Assert.StartsWith($"{Source}:{line}:{column}: {path}: ", e.Message);
        Assert.Contains(reason, e.Reason);
        Assert.Equal((line, column, path, rule), (e.Line, e.Column, e.FieldPath, e.RuleId));
    }

    [Fact]
    public void In_the_deployment_template_paths_start_at_the_resource()
    {
        var template = PolicyTemplates.Seed.With("\"location\": \"europe\"", "\"location\": \"atlantis\"");
        var (line, column) = template.PositionOf("\"atlantis\"");

        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(template, "seed.json"));

        Assert.Equal((10, 25), (line, column));
        Assert.StartsWith("seed.json:10:25: resources[0].location: expected one of unitedstates,", e.Message);
        Assert.Equal(RuleId.EP02, e.RuleId);
    }

    [Fact]
    public void A_missing_field_points_at_the_object_that_lacks_it()
    {
        var template = PolicyTemplates.BareResource.With("\"key\": {\n          \"name\": \"cmk\"\n        }", "\"key\": {}");
        var (line, column) = template.PositionOf("{}");

        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(template, Source));

        Assert.Equal($"{Source}:{line}:{column}: properties.encryption.keyVault.key.name: required property is missing", e.Message);
        Assert.Equal(RuleId.EP01, e.RuleId);
    }

    [Fact]
    public void A_missing_identity_cites_EP07()
    {
        var template = PolicyTemplates.BareResource.With("\"identity\": {\n    \"type\": \"SystemAssigned\"\n  },\n", "");

        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(template, Source));

        Assert.Equal($"{Source}:1:1: identity: required property is missing", e.Message);
        Assert.Equal(RuleId.EP07, e.RuleId);
    }

    [Fact]
    public void The_seed_template_with_its_placeholders_left_in_is_a_syntax_error_on_the_name_line()
    {
        var (line, column) = PolicyTemplates.SeedRaw.PositionOf("EnterprisePolicyName}");

        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(PolicyTemplates.SeedRaw, Source));

        Assert.Equal((9, line, column), (e.Line, line, e.Column));
        Assert.StartsWith($"{Source}:9:{column}: resources[0].name: invalid JSON: ", e.Message);
        Assert.DoesNotContain("LineNumber", e.Message);
        Assert.Equal(RuleId.EP01, e.RuleId);
    }

    [Fact]
    public void Syntax_errors_count_columns_in_characters()
    {
        var template = "{\n  \"name\": \"Zürich-ÆØÅ\", \"location\" \"europe\"\n}";

        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(template, Source));

        // The path is the enclosing object: the reader reads "location" and its missing colon in one step.
        Assert.Equal((2, template.PositionOf("\"europe\"").Column, "$"), (e.Line, e.Column, e.FieldPath));
    }

    [Fact]
    public void Empty_text_is_a_syntax_error_at_the_start()
    {
        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse("", Source));

        Assert.StartsWith($"{Source}:1:1: $: invalid JSON", e.Message);
    }

    [Fact]
    public void A_duplicate_property_is_refused_at_its_second_occurrence()
    {
        var template = PolicyTemplates.BareResource.With("\"kind\": \"Encryption\",", "\"kind\": \"Encryption\",\n  \"kind\": \"Lockbox\",");
        var (line, column) = template.PositionOf("\"kind\": \"Lockbox\"");

        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(template, Source));

        Assert.Equal((line, column, "kind"), (e.Line, e.Column, e.FieldPath));
        Assert.Contains("duplicate property", e.Reason);
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_refused()
    {
        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse("  [1]", Source));

        Assert.Equal($"{Source}:1:3: $: expected a deployment template or an enterprise policy object, found an array", e.Message);
    }

    [Fact]
    public void Resources_must_hold_exactly_one_policy()
    {
        var none = PolicyTemplates.Seed.With("\"resources\": [", "\"resources\": [ { \"type\": \"Microsoft.Storage/storageAccounts\" },")
            .With("\"type\": \"Microsoft.PowerPlatform/enterprisePolicies\"", "\"type\": \"Microsoft.PowerPlatform/other\"");
        var empty = "{ \"resources\": [] }";
        var notArray = "{ \"resources\": {} }";

        Assert.Contains("found none", Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(none, Source)).Message);
        Assert.Equal($"{Source}:1:16: resources: expected a resource of type \"Microsoft.PowerPlatform/enterprisePolicies\", found none",
            Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(empty, Source)).Message);
        Assert.Equal($"{Source}:1:16: resources: expected an array of resources, found an object",
            Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(notArray, Source)).Message);
    }

    [Fact]
    public void Wrong_schema_and_content_version_are_refused()
    {
        var schema = PolicyTemplates.Seed.With("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "https://example.com/template.json#");
        var version = PolicyTemplates.Seed.With("\"1.0.0.0\"", "\"1.0\"");

        Assert.Equal("$schema", Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(schema, Source)).FieldPath);
        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(version, Source));
        Assert.Equal(("contentVersion", 3), (e.FieldPath, e.Line));
    }

    [Fact]
    public void Comments_are_allowed_as_ARM_allows_them()
    {
        var template = PolicyTemplates.Seed.With("\"kind\": \"Encryption\",", "// the only kind CMK uses\n\"kind\": \"Encryption\", /* EP-07 */");

        Assert.Equal("contoso-cmk", EnterprisePolicyTemplate.Parse(template, Source).Name);
    }

    [Fact]
    public void Every_wrong_field_is_reported_not_just_the_first()
    {
        // Issue 8: FORMAT.md promises every problem; three wrong fields give three errors, in document order.
        var template = PolicyTemplates.BareResource
            .With("\"apiVersion\": \"2020-10-30\"", "\"apiVersion\": \"1999-01-01\"")
            .With("\"location\": \"europe\"", "\"location\": \"atlantis\"")
            .With("\"name\": \"cmk\"", "\"name\": \"c m k\"");

        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse(template, Source));

        Assert.Equal(["apiVersion", "location", "properties.encryption.keyVault.key.name"], e.Problems.Select(p => p.FieldPath));
        Assert.Equal([RuleId.EP01, RuleId.EP02, RuleId.EP01], e.Problems.Select(p => p.RuleId));
        Assert.Equal(3, e.Message.Split('\n').Length);
        Assert.Equal(("apiVersion", e.Problems[0].Line), (e.FieldPath, e.Line));
    }

    [Fact]
    public void A_syntax_error_does_not_echo_the_file_content()
    {
        // A file that is not a template (a secret, say) must not leak through the error message.
        var e = Assert.Throws<TemplateValidationException>(() => EnterprisePolicyTemplate.Parse("root:$6$secret:19000:0:99999:7:::", Source));

        Assert.DoesNotContain("'r'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{Source}:1:1: $: invalid JSON: ", e.Message, StringComparison.Ordinal);
    }
}
