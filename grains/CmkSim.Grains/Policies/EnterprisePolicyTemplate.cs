using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CmkSim.Contracts.Policies;
using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Policies;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Vaults;

namespace CmkSim.Grains.Policies;

/// <summary>
/// Reads the enterprise-policy ARM template of the seed ("Enterprise policy json template"), either the whole
/// deployment template (<c>resources: [ ... ]</c>) or the bare resource object, and refuses what the Custom
/// deployment would refuse. Kind, identity and <c>keyVault.id</c> cite EP-07 (what ValidateKeyVaultForCMK checks),
/// the location EP-02, everything else EP-01.
/// </summary>
public static partial class EnterprisePolicyTemplate
{
    public const string ResourceType = "Microsoft.PowerPlatform/enterprisePolicies";
    public const string ApiVersion = "2020-10-30";
    public const string Kind = "Encryption";
    public const string IdentityType = "SystemAssigned";
    public const string EncryptionState = "Enabled";

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses and validates <paramref name="json"/>; <paramref name="sourceName"/> prefixes every error (e.g. the file name).</summary>
    /// <exception cref="TemplateValidationException">The template is not valid JSON or a field is wrong.</exception>
    public static EnterprisePolicyResource Parse(string json, string sourceName)
    {
        // A BOM is not JSON; editors add it, and ARM ignores it.
        var utf8 = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        var fields = new TemplateFieldReader(JsonSourceMap.Build(utf8, sourceName), sourceName);
        using var document = JsonDocument.Parse(utf8, DocumentOptions);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw fields.Fail(JsonFieldPath.Root, $"expected a deployment template or an enterprise policy object, found {TemplateFieldReader.Describe(root)}", RuleId.EP01);
        }

        // Every wrong field is reported, not just the first: each independent check records its failure and goes on.
        if (fields.Try(() => root.TryGetProperty("resources", out _) ? SelectResource(fields, root) : (root, JsonFieldPath.Root), out var selected)
            && fields.Try(() => ReadResource(fields, selected.Item1, selected.Item2), out var resource)
            && resource is not null)
        {
            return resource;
        }

        throw TemplateValidationException.Of(fields.Problems);
    }

    private static (JsonElement Resource, string Path) SelectResource(TemplateFieldReader fields, JsonElement template)
    {
        const string root = JsonFieldPath.Root;
        fields.Try(() =>
        {
            if (fields.TryGet(template, root, "$schema", out var schema, out var schemaPath)
                && !fields.String(schema, schemaPath, RuleId.EP01).Contains("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase))
            {
                throw fields.Fail(schemaPath, "expected a resource-group deployment template schema (…/deploymentTemplate.json#)", RuleId.EP01);
            }
        });
        fields.Try(() =>
        {
            if (fields.TryGet(template, root, "contentVersion", out var version, out var versionPath)
                && !ContentVersion().IsMatch(fields.String(version, versionPath, RuleId.EP01)))
            {
                throw fields.Fail(versionPath, $"expected a version such as \"1.0.0.0\", found {TemplateFieldReader.Describe(version)}", RuleId.EP01);
            }
        });
        fields.Try(() =>
        {
            if (fields.TryGet(template, root, "parameters", out var parameters, out var parametersPath) && parameters.ValueKind != JsonValueKind.Object)
            {
                throw fields.Fail(parametersPath, $"expected an object, found {TemplateFieldReader.Describe(parameters)}", RuleId.EP01);
            }
        });

        var resources = fields.Required(template, root, "resources", RuleId.EP01, out var resourcesPath);
        if (resources.ValueKind != JsonValueKind.Array)
        {
            throw fields.Fail(resourcesPath, $"expected an array of resources, found {TemplateFieldReader.Describe(resources)}", RuleId.EP01);
        }

        var all = resources.EnumerateArray().Select((r, i) => (Resource: r, Path: JsonFieldPath.Item(resourcesPath, i))).ToList();
        if (all.Count == 1)
        {
            // The seed's shape: one resource, so a wrong type is reported on it rather than as "no policy found".
            return all[0];
        }

        var policies = all.Where(r => r.Resource.ValueKind == JsonValueKind.Object
            && r.Resource.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && string.Equals(type.GetString(), ResourceType, StringComparison.OrdinalIgnoreCase)).ToList();
        return policies.Count switch
        {
            1 => policies[0],
            0 => throw fields.Fail(resourcesPath, $"expected a resource of type \"{ResourceType}\", found none", RuleId.EP01),
            _ => throw fields.Fail(resourcesPath, $"expected one resource of type \"{ResourceType}\", found {policies.Count}: deploy one policy per template", RuleId.EP01),
        };
    }

    /// <summary>The resource, or null when a check failed (every failure is in <paramref name="fields"/>' problems).</summary>
    private static EnterprisePolicyResource? ReadResource(TemplateFieldReader fields, JsonElement resource, string path)
    {
        if (resource.ValueKind != JsonValueKind.Object)
        {
            throw fields.Fail(path, $"expected a resource object, found {TemplateFieldReader.Describe(resource)}", RuleId.EP01);
        }

        fields.Try(() => fields.Constant(resource, path, "type", ResourceType, RuleId.EP01));
        fields.Try(() => fields.Constant(resource, path, "apiVersion", ApiVersion, RuleId.EP01));
        fields.Try(() =>
        {
            var name = fields.String(resource, path, "name", RuleId.EP01, out var namePath);
            return PolicyName().IsMatch(name)
                ? name
                : throw fields.Fail(namePath, $"policy name \"{name}\" is not valid (1-90 characters, no '/', '\\', '?', '#', '%', nor leading or trailing space)", RuleId.EP01);
        }, out var policyName);
        fields.Try(() =>
        {
            var locationName = fields.String(resource, path, "location", RuleId.EP02, out var locationPath);
            return PolicyLocationNames.TryParse(locationName, out var parsed)
                ? parsed
                : throw fields.Fail(locationPath, $"expected one of {string.Join(", ", PolicyLocationNames.All)}, found \"{locationName}\"", RuleId.EP02);
        }, out var location);

        fields.Try(() => fields.Constant(resource, path, "kind", Kind, RuleId.EP07));
        fields.Try(() =>
        {
            var identity = fields.Object(resource, path, "identity", RuleId.EP07, out var identityPath);
            fields.Constant(identity, identityPath, "type", IdentityType, RuleId.EP07);
        });

        var properties = fields.Object(resource, path, "properties", RuleId.EP01, out var propertiesPath);
        fields.Try(() => fields.NullOrAbsent(properties, propertiesPath, "lockbox", "a policy of kind Encryption sets only encryption", RuleId.EP01));
        fields.Try(() => fields.NullOrAbsent(properties, propertiesPath, "networkInjection", "a policy of kind Encryption sets only encryption", RuleId.EP01));
        var encryption = fields.Object(properties, propertiesPath, "encryption", RuleId.EP01, out var encryptionPath);
        fields.Try(() => fields.Constant(encryption, encryptionPath, "state", EncryptionState, RuleId.EP01));
        var keyVault = fields.Object(encryption, encryptionPath, "keyVault", RuleId.EP01, out var keyVaultPath);

        fields.Try(() =>
        {
            var vaultId = fields.String(keyVault, keyVaultPath, "id", RuleId.EP07, out var vaultIdPath);
            if (!KeyVaultResourceId.TryParse(vaultId, out var parsed, out var vaultError))
            {
                throw fields.Fail(vaultIdPath, $"not a key vault resource ID: {vaultError}", RuleId.EP07);
            }

            // EP-07: the vault must be the customer's; Microsoft's own vaults answer only the Power Platform service.
            return PlatformVaultNames.Problem(parsed.Name) is { } platform
                ? throw fields.Fail(vaultIdPath, $"key vault name {platform}", RuleId.EP07)
                : parsed;
        }, out var vault);

        var key = fields.Object(keyVault, keyVaultPath, "key", RuleId.EP01, out var keyPath);
        fields.Try(() =>
        {
            var keyName = fields.String(key, keyPath, "name", RuleId.EP01, out var keyNamePath);
            return KeyName().IsMatch(keyName)
                ? keyName
                : throw fields.Fail(keyNamePath, $"key name \"{keyName}\" is not valid (1-127 letters, digits and hyphens)", RuleId.EP01);
        }, out var keyName);
        fields.Try(() => ReadKeyVersion(fields, key, keyPath), out var version);

        return fields.Problems.Count > 0
            ? null
            : new EnterprisePolicyResource(policyName!, location, vault!, keyName!, version, IdentityType, Kind, EncryptionState);
    }

    // Optional: without it the policy follows the key's current version (rule EN-07).
    private static string? ReadKeyVersion(TemplateFieldReader fields, JsonElement key, string keyPath)
    {
        if (!fields.TryGet(key, keyPath, "version", out var value, out var path) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var version = fields.String(value, path, RuleId.EP01);
        return KeyVersion().IsMatch(version)
            ? version
            : throw fields.Fail(path, $"key version \"{version}\" is not valid (32 hexadecimal digits)", RuleId.EP01);
    }

    [GeneratedRegex(@"^\d+(\.\d+){3}$")]
    private static partial Regex ContentVersion();

    [GeneratedRegex(@"^(?=.{1,90}$)[^/\\?#%\s](?:[^/\\?#%]*[^/\\?#%\s])?$")]
    private static partial Regex PolicyName();

    [GeneratedRegex(@"^[A-Za-z0-9-]{1,127}$")]
    private static partial Regex KeyName();

    [GeneratedRegex(@"^[0-9A-Fa-f]{32}$")]
    private static partial Regex KeyVersion();
}
