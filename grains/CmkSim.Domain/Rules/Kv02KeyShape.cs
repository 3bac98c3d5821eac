using CmkSim.Domain.Vaults;

namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule KV-02: "The key must be RSA (vault, 2048) or RSA-HSM (Managed HSM or HSM-protected import: 2048, 3072, 4096).
/// Other types and sizes are refused."
/// </summary>
[RuleHome(RuleId.KV02)]
public static class Kv02KeyShape
{
    /// <summary>The one size of an RSA key in a vault, in bits.</summary>
    public const int RsaBits = 2048;

    /// <summary>The sizes of an RSA-HSM key, in bits.</summary>
    public static readonly IReadOnlyList<int> RsaHsmBits = [2048, 3072, 4096];

    /// <summary>Creating (or importing) a key of this type and size.</summary>
    [Enforces(RuleId.KV02)]
    public static Decision? Refusal(KeyType type, int size) => type switch
    {
        KeyType.Rsa when size == RsaBits => null,
        KeyType.RsaHsm when RsaHsmBits.Contains(size) => null,
        KeyType.Rsa => Decision.Refuse(RuleId.KV02, $"an RSA key for CMK must be 2048 bits, not {size}"),
        KeyType.RsaHsm => Decision.Refuse(RuleId.KV02, $"an RSA-HSM key must be 2048, 3072 or 4096 bits, not {size}"),
        _ => Decision.Refuse(RuleId.KV02, $"key type {type} can't encrypt an environment: use RSA or RSA-HSM"),
    };

    /// <summary>Importing a key: only an HSM-protected one (a BYOK transfer blob).</summary>
    [Enforces(RuleId.KV02)]
    public static Decision? ImportRefusal(bool hsmProtected) => hsmProtected
        ? null
        : Decision.Refuse(RuleId.KV02, "only an HSM-protected key (BYOK transfer blob) can be imported for CMK, not a software-protected one");
}
