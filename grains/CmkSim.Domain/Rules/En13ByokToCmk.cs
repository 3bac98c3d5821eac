namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-13: "A bring-your-own-key (BYOK) environment migrates to CMK by being added to a policy." Consequence: the
/// add is accepted under EN-13 rather than EN-03; the migration itself is <see cref="By01ByokMigration"/>.
/// </summary>
[RuleHome(RuleId.EN13)]
public static class En13ByokToCmk
{
    /// <summary>The rule an accepted add cites: EN-13 for a BYOK environment, EN-03 for one on the Microsoft key.</summary>
    public static string AddRule(bool byok) => byok ? RuleId.EN13 : RuleId.EN03;
}
