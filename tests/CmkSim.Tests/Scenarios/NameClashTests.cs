using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>
/// A backup name is given once, and a vault is spelt one way. Before, two environments' backups both called "b" made
/// "restore backup: b, target: sales-1" load the other environment's records; "Contoso-KV" and "contoso-kv" ran
/// as two vaults with one Azure name.
/// </summary>
public sealed class NameClashTests
{
    [Fact]
    public void A_backup_name_given_twice_is_refused_at_the_second_backup()
    {
        using var file = new ScenarioFile(Header
            + "  - { at: 0, as: mallory, do: backup, environment: sales-1, name: b }\n"
            + "  - { at: 1h, as: mallory, do: backup, environment: sales-2, name: b }\n");

        Assert.StartsWith($"{file.Path}:10:5: steps[2].name: backup 'b' is already taken by step 1 (sales-1)", Only(file), StringComparison.Ordinal);
    }

    [Fact]
    public void One_vault_spelt_two_ways_is_refused_where_the_second_spelling_appears()
    {
        using var file = new ScenarioFile(Header
            + "  - { at: 0, as: mallory, do: createKeyVault, name: contoso-kv, subscription: prod-sub }\n"
            + "  - { at: 0, as: mallory, do: createKey, vault: contoso-kv, name: cmk }\n"
            + "  - { at: 1h, as: platform, do: hsmOutage, hsm: Contoso-KV, for: 1h }\n");

        Assert.StartsWith($"{file.Path}:11:5: steps[3].hsm: 'Contoso-KV' and 'contoso-kv' (step 1) name one vault", Only(file), StringComparison.Ordinal);
    }
}
