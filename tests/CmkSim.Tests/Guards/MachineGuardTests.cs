using CmkSim.Domain.Rules;
using CmkSim.Grains.Graphs;
using Stateless;

namespace CmkSim.Tests.Guards;

/// <summary>
/// The machines carry the guards, and every guard names the rule it enforces at the start of its description, so
/// <c>cmksim graph</c> shows which rule guards which transition and a refusal can cite the machine's rule.
/// </summary>
public sealed class MachineGuardTests
{
    [Fact]
    public void Every_guard_of_every_machine_names_a_rule_of_the_catalogue_first()
    {
        var guards = MachineGuards.All();

        var unnamed = guards.Where(g => string.IsNullOrWhiteSpace(g.Description) || RuleGuard.FromDescription(g.Description) is null)
            .Select(g => $"{g.Machine}: {g.State} --{g.Trigger}--> [{g.Description}]").ToList();

        Assert.NotEmpty(guards);
        Assert.True(unnamed.Count == 0, "guards whose description does not start with a rule ID of the catalogue (\"KV-01: ...\"):\n"
            + string.Join("\n", unnamed));
        Assert.All(guards, g => Assert.True(RuleGuard.FromDescription(g.Description)!.Condition.Trim().Length > 0, $"{g.Machine}: '{g.Description}' says no condition"));
    }

    [Fact]
    public void The_machines_carry_the_guards_the_state_alone_decides()
    {
        var guarded = MachineGuards.All().Select(g => (g.Machine, g.Trigger.ToString(), RuleGuard.FromDescription(g.Description)!.Rule)).ToHashSet();

        Assert.Contains(("Key", "Delete", RuleId.KV01), guarded);
        Assert.Contains(("Key", "Purge", RuleId.SD02), guarded);
        Assert.Contains(("KeyVault", "Purge", RuleId.SD02), guarded);
        Assert.Contains(("KeyVersion", "Disable", RuleId.KV07), guarded);
        Assert.Contains(("KeyVersion", "Enable", RuleId.KV07), guarded);
        Assert.Contains(("EnterprisePolicy", "Delete", RuleId.EP06), guarded);
        Assert.Contains(("Backup", "Delete", RuleId.DB04), guarded);
        Assert.Contains(("Backup", "Delete", RuleId.LK02), guarded);
        Assert.Contains(("Environment", "RemoveFromPolicy", RuleId.EN04), guarded);
        Assert.Contains(("Environment", "LoseKeyAccess", RuleId.LK01), guarded);
        Assert.Contains(("Environment", "LockExpired", RuleId.LK02), guarded);
    }

    [Fact]
    public void LK02_deletion_after_lock_expiry_is_guarded_only_from_Locked_and_ReEnabling()
    {
        var from = MachineGuards.All().Where(g => g.Machine == "Environment" && g.Trigger.ToString() == "LockExpired").Select(g => g.State.ToString()).Order();

        Assert.Equal(["Locked", "ReEnabling"], from);
    }

    [Fact]
    public void Cmksim_graph_labels_every_guarded_edge_with_its_rule_in_Mermaid_and_DOT()
    {
        foreach (var machine in StateMachineCatalog.All())
        {
            foreach (var guard in MachineGuards.All().Where(g => g.Machine == machine.Name))
            {
                // An edge "State --> Target : Trigger [/ entry action] [RULE: condition]" in Mermaid, its "label=" in DOT.
                Assert.Contains(machine.Mermaid.Split('\n'), line => line.TrimStart().StartsWith($"{guard.State} --> ", StringComparison.Ordinal)
                    && line.Contains($" : {guard.Trigger} ", StringComparison.Ordinal) && line.TrimEnd().EndsWith($"[{guard.Description}]", StringComparison.Ordinal));
                Assert.Contains(machine.Dot.Split('\n'), line => line.StartsWith($"\"{guard.State}\" -> ", StringComparison.Ordinal)
                    && line.Contains($"label=\"{guard.Trigger} ", StringComparison.Ordinal) && line.Contains($"[{guard.Description}]\"", StringComparison.Ordinal));
            }
        }

        var policy = StateMachineCatalog.All().Single(m => m.Name == "EnterprisePolicy");
        Assert.Contains("Active --> Deleted : Delete [EP-06: no environment linked]", policy.Mermaid);
    }

    [Fact]
    public void An_unmet_guard_is_read_back_with_its_rule_and_a_trigger_the_state_lacks_has_none()
    {
        var linked = true;
        var machine = new StateMachine<string, string>("Active");
        var guard = new RuleGuard(RuleId.EP06, "no environment linked");
        machine.Configure("Active").PermitIf("delete", "Deleted", guard, () => !linked);

        var held = machine.UnmetGuard("delete");
        var missing = machine.UnmetGuard("create");
        linked = false;
        var free = machine.UnmetGuard("delete");

        Assert.Equal(guard, held);
        Assert.Null(missing);
        Assert.Null(free);
        Assert.Null(RuleGuard.FromDescription("soft delete on"));
        Assert.Null(RuleGuard.FromDescription("XX-99: not a rule"));
        Assert.Equal(new RuleGuard(RuleId.KV01, "soft delete on"), RuleGuard.FromDescription("KV-01: soft delete on"));
    }

    [Fact]
    public void A_guard_that_names_no_rule_is_reported_when_it_refuses()
    {
        var machine = new StateMachine<string, string>("Active");
        machine.Configure("Active").PermitIf("delete", "Deleted", () => false, "no environment linked");

        var refusal = Assert.Throws<InvalidOperationException>(() => machine.UnmetGuard("delete"));

        Assert.Contains("names no rule", refusal.Message);
    }
}
