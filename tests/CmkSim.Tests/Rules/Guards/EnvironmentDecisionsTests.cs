using CmkSim.Domain.Environments;
using CmkSim.Domain.Rules;
using CmkSim.Domain.Tenants;
using static CmkSim.Tests.Rules.Guards.RefusalAssert;

namespace CmkSim.Tests.Rules.Guards;

/// <summary>
/// The environment's decisions over its facts, with no grain: each operation's guards in the platform's order,
/// the first refusal wins.
/// </summary>
public sealed class EnvironmentDecisionsTests
{
    private static readonly TenantUser Admin = new("alice", [EntraRole.PowerPlatformAdministrator], ["Microsoft365E5"]);

    private static EnvironmentFacts Enabled(EnvironmentType type = EnvironmentType.Production, bool managed = true, string? policy = null,
        string? customerKey = null, EncryptionOwner owner = EncryptionOwner.MicrosoftManaged) =>
        new("prod", new EnvironmentSpec(type, "europe", managed), managed, EnvironmentStatus.Enabled, Active: true, DataReadable: true,
            DisabledRule: null, policy, LastEncryptionFailed: false, owner, customerKey);

    private static EnvironmentFacts Locked(string rule = RuleId.LK01) => Enabled(policy: "p", customerKey: "kv/k", owner: EncryptionOwner.CustomerManaged) with
    {
        Status = EnvironmentStatus.Locked, Active = false, DataReadable = false, DisabledRule = rule,
    };

    [Fact]
    public void EN02_is_asked_before_anything_else()
    {
        var decisions = new EnvironmentDecisions(Enabled(EnvironmentType.Trial, managed: false));

        Refuses(RuleId.EN02, "'bob' is not a user of the tenant", decisions.Add("bob", null, "p", canAdd: true));
        Refuses(RuleId.EN02, "'bob' is not a user of the tenant", decisions.Remove("bob", null, canRemove: true, heldBy: null));
        Refuses(RuleId.EN02, "'bob' is not a user of the tenant", decisions.Target("bob", null));
    }

    /// <summary>Before, a user with no admin role backed up environments: nothing asked EN-02.</summary>
    [Fact]
    public void EN02_a_backup_needs_an_active_admin_and_a_deactivated_user_signs_in_to_nothing()
    {
        var decisions = new EnvironmentDecisions(Enabled());

        Refuses(RuleId.EN02, "'alice' is not an active user", decisions.Backup("alice", Admin with { Active = false }));
        Refuses(RuleId.EN02, "'alice' holds no Power Platform, Dynamics 365 or global admin role", decisions.Backup("alice", Admin with { Roles = [] }));
        Assert.Null(decisions.Backup("alice", Admin));
        Refuses(RuleId.EN02, "'alice' is deactivated: a deactivated Entra account can't sign in",
            En02PowerPlatformAdmin.SignInRefusal("alice", Admin with { Active = false, Roles = [] }));
        Assert.Null(En02PowerPlatformAdmin.SignInRefusal("alice", Admin with { Roles = [] }));
        Assert.Null(En02PowerPlatformAdmin.SignInRefusal("support", null)); // Microsoft support and the platform are no tenant users
    }

    [Fact]
    public void EN01_add_checks_the_environment_then_the_admins_licences()
    {
        Assert.Null(new EnvironmentDecisions(Enabled()).Add("alice", Admin, "p", canAdd: true));
        Refuses(RuleId.EN01, "Teams environments can't be added to an enterprise policy",
            new EnvironmentDecisions(Enabled(EnvironmentType.Teams)).Add("alice", Admin with { Licenses = [] }, "p", canAdd: true));
        Refuses(RuleId.EN11, "'alice' has none of the licences CMK requires (Microsoft 365 E5/A5/G5 or a listed compliance SKU)",
            new EnvironmentDecisions(Enabled()).Add("alice", Admin with { Licenses = [] }, "p", canAdd: true));
    }

    [Fact]
    public void EN03_a_disabled_environment_is_refused_with_the_rule_its_machine_names()
    {
        var encrypting = Enabled(policy: "p") with { Status = EnvironmentStatus.Disabled, Active = false, DisabledRule = RuleId.EN03 };

        Refuses(RuleId.EN03, "environment is Disabled", new EnvironmentDecisions(encrypting).Add("alice", Admin, "p", canAdd: false));
        Refuses(RuleId.EN03, "Environment disabled (Disabled)", new EnvironmentDecisions(encrypting).Write());
        Refuses(RuleId.EN03, "Environment disabled: no backup can be taken", new EnvironmentDecisions(encrypting).Backup("ppadmin", Admin));
    }

    [Fact]
    public void EP05_add_under_the_policy_checks_the_reader_role_then_the_region()
    {
        var decisions = new EnvironmentDecisions(Enabled());

        Assert.Null(decisions.AddUnderPolicy("alice", "p", "europe", isReader: true));
        Refuses(RuleId.EP04, "enterprise policy 'p' not found", decisions.AddUnderPolicy("alice", "p", null, isReader: false));
        Refuses(RuleId.EP05, "the environment is in 'europe', the policy in 'asia'", decisions.AddUnderPolicy("alice", "p", "asia", isReader: true));
    }

    [Fact]
    public void EN04_remove_needs_a_policy_and_its_reader_role()
    {
        Refuses(RuleId.EN04, "environment is on no policy: it is already on the Microsoft-managed key",
            new EnvironmentDecisions(Enabled()).Remove("alice", Admin, canRemove: false, heldBy: RuleId.EN04));
        var onPolicy = new EnvironmentDecisions(Enabled(policy: "p", customerKey: "kv/k", owner: EncryptionOwner.CustomerManaged));
        Assert.Null(onPolicy.Remove("alice", Admin, canRemove: true, heldBy: null));
        Refuses(RuleId.EP04, "'alice' needs the Reader role on policy 'p'", onPolicy.RemoveUnderPolicy("alice", isReader: false));
        Refuses(RuleId.EN08, "environment is Locked and on policy 'p'", new EnvironmentDecisions(Locked(RuleId.EN08)).Remove("alice", Admin, canRemove: false, heldBy: null));
    }

    [Fact]
    public void LK03_re_enable_only_a_locked_environment_by_a_reader_once_the_key_answers()
    {
        var locked = new EnvironmentDecisions(Locked());

        Assert.Null(locked.ReEnable("alice", Admin, canReEnable: true));
        Assert.Null(locked.ReEnableUnderPolicy("alice", isReader: true));
        Assert.Null(locked.ReEnableWithKey(null));
        Refuses(RuleId.LK03, "environment is Enabled, not locked: only a locked environment is re-enabled",
            new EnvironmentDecisions(Enabled()).ReEnable("alice", Admin, canReEnable: false));
        Refuses(RuleId.LK03, "the original key still refuses (403): restore every permission on the original key first", locked.ReEnableWithKey("403"));
    }

    [Fact]
    public void DB01_restore_targets_an_enabled_environment_on_the_backups_key()
    {
        var target = new EnvironmentDecisions(Enabled(policy: "p", customerKey: "kv/k", owner: EncryptionOwner.CustomerManaged));

        Assert.Null(target.Target("alice", Admin));
        Assert.Null(target.RestoreFrom("prod", null));
        Assert.Null(target.RestoreFrom("other", "kv/k"));
        Refuses(RuleId.DB01, "a backup restores only into its own environment or one on the same customer key (Microsoft-managed vs kv/k)", target.RestoreFrom("other", null));
        Refuses(RuleId.LK01, "Environment disabled (Locked)", new EnvironmentDecisions(Locked()).Target("alice", Admin));
    }

    [Fact]
    public void LK02_an_unavailable_backup_is_deleted_missing_or_locked_away()
    {
        Refuses(RuleId.DB04, "backup 'b' of 'prod' was deleted: reset (DB-04)",
            new EnvironmentDecisions(Enabled()).UnavailableBackup("b", new BackupFacts(false, RuleId.DB04, "reset (DB-04)")));
        Refuses(RuleId.DB01, "'prod' has no backup named 'b'", new EnvironmentDecisions(Enabled()).UnavailableBackup("b", null));
        Refuses(RuleId.LK02, "backup 'b' of 'prod' is not available: its environment is Locked",
            new EnvironmentDecisions(Locked()).UnavailableBackup("b", new BackupFacts(true, null, null)));
    }

    [Fact]
    public void DB03_copy_checks_the_target_then_the_source()
    {
        var investigation = new EnvironmentDecisions(Enabled(EnvironmentType.SupportInvestigation));
        Refuses(RuleId.DB03, "a Support Investigation environment must be on the customer-managed key before it can be a copy target",
            investigation.CopyTarget("alice", Admin));

        var target = new EnvironmentDecisions(Enabled(customerKey: "kv/k", owner: EncryptionOwner.CustomerManaged));
        Assert.Null(target.CopyTarget("alice", Admin));
        Assert.Null(target.CopyFrom("src", sourceReadable: true, "kv/k"));
        Refuses(RuleId.LK02, "'src' is locked or deleted: its data can't be copied", target.CopyFrom("src", sourceReadable: false, null));
        Refuses(RuleId.DB02, "copy overwrites only an environment on the same customer key (kv/other vs kv/k)", target.CopyFrom("src", sourceReadable: true, "kv/other"));
    }
}
