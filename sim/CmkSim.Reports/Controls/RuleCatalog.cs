using static CmkSim.Reports.Controls.RuleKind;

namespace CmkSim.Reports.Controls;

/// <summary>
/// The 37 rules of shared/cmk-rules.md, hard-coded so a report needs no file at run time; a test checks IDs and
/// kinds against the document.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        new("KV-01", Enforced, "Vault used by a policy has soft delete and purge protection on"),
        new("KV-02", Enforced, "Key is RSA 2048 (vault) or RSA-HSM 2048/3072/4096; other types and sizes refused"),
        new("KV-03", Enforced, "Creating a Managed HSM key needs the Managed HSM Crypto User role"),
        new("KV-04", Enforced, "Private-endpoint vault reachable only with the trusted Microsoft services bypass"),
        new("KV-05", Enforced, "Microsoft.PowerPlatform provider registered on the subscription before a policy"),
        new("KV-06", Enforced, "Policy identity holds the crypto role or Get/Wrap/Unwrap, else wrap/unwrap is 403"),
        new("KV-07", Enforced, "Key and named version enabled, active and not expired"),
        new("EP-01", Enforced, "Policy comes from a well-formed ARM template; the wrong field is named"),
        new("EP-02", Enforced, "Policy location is one of the supported Power Platform regions"),
        new("EP-03", Consequence, "Creating a policy creates its system-assigned managed identity"),
        new("EP-04", Enforced, "Adding an environment needs the Reader role on the policy"),
        new("EP-05", Enforced, "Only environments in the policy's region can be added"),
        new("EP-06", Enforced, "Policy can't be updated or deleted while environments are linked"),
        new("EP-07", Enforced, "Policy names this vault, kind Encryption, identity SystemAssigned"),
        new("EN-01", Enforced, "Only Managed Environments join a policy; Trial and Teams never"),
        new("EN-02", Enforced, "Encryption is managed only by an active Power Platform/D365 or global admin"),
        new("EN-03", Consequence, "Adding disables the environment during encryption (up to 4 days); failure keeps Microsoft key"),
        new("EN-04", Consequence, "Removal disables the environment and returns it to the Microsoft-managed key"),
        new("EN-05", Advisory, "After removal keep key, vault and permissions 30 days for restores"),
        new("EN-06", Consequence, "Changing key by policy is remove then add, disabling at each step"),
        new("EN-07", Consequence, "A new key version is applied everywhere within 24 hours with no downtime"),
        new("EN-08", ConsequenceAndAdvisory, "Previous key version kept at least 28 days after rotation"),
        new("EN-09", Consequence, "Revoking key access or disabling/deleting the key locks every CMK environment"),
        new("EN-10", Consequence, "Only Dataverse data uses the customer key; listed services stay on Microsoft's"),
        new("EN-11", Enforced, "Policy applies to Managed Environments whose users hold a qualifying licence"),
        new("EN-12", Consequence, "Environment and encryption status can show Failed"),
        new("EN-13", Consequence, "A BYOK environment moves to CMK by joining a policy"),
        new("DB-01", Enforced, "Restore targets only the source environment or one on the same customer key"),
        new("DB-02", Enforced, "Copy targets only an environment on the same customer key"),
        new("DB-03", Enforced, "Support Investigation target must move to the customer key before a copy"),
        new("DB-04", Consequence, "Reset deletes encrypted data and backups, back to the Microsoft key"),
        new("SD-01", Advisory, "Key vault admins should not also administer Power Platform"),
        new("SD-02", Advisory, "Soft delete and purge protection guard against key deletion"),
        new("LK-01", Consequence, "Any vault-side revocation, deletion or network block locks all CMK environments at once"),
        new("LK-02", Consequence, "Locked environments can't restore or copy; deleted after 7 (sandbox) or 30 days"),
        new("LK-03", Enforced, "Unlock needs the original key's permissions restored, then per-environment re-enable"),
        new("BY-01", Consequence, "BYOK migration briefly disables; old key kept 28 days; no way back to BYOK"),
    ];

    private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static RuleInfo? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>Catalogue order (KV, EP, EN, DB, SD, LK, BY); IDs not in the catalogue sort last, ordinally.</summary>
    public static int Order(string id) => ById.TryGetValue(id, out var rule) ? IndexOf(rule) : int.MaxValue;

    private static int IndexOf(RuleInfo rule)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], rule))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
