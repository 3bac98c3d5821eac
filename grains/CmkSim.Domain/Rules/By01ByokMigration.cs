namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule BY-01: "Migrating a BYOK environment to CMK briefly disables it; the old BYOK key must be kept for at least 28
/// days (restores); a migrated environment can't go back to BYOK." Consequence: a BYOK environment added to a policy
/// (<see cref="En13ByokToCmk"/>) is disabled while encrypting like any other, and its encryption cites BY-01; the
/// retired BYOK key version stays recorded on the environment. Not modelled yet: a finding when the old BYOK key is
/// removed within 28 days.
/// </summary>
[RuleHome(RuleId.BY01)]
public static class By01ByokMigration
{
    /// <summary>The rule an environment's encryption cites: BY-01 when it retired a BYOK key, EN-03 otherwise.</summary>
    public static string EncryptionRule(bool retiredByokKey) => retiredByokKey ? RuleId.BY01 : RuleId.EN03;
}
