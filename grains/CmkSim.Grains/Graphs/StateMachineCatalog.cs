using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults;
using CmkSim.Grains.Vaults;

namespace CmkSim.Grains.Graphs;

/// <summary>Every lifecycle machine the grains use, built over blank state so they can be drawn.</summary>
public static class StateMachineCatalog
{
    public static IReadOnlyList<NamedStateMachine> All() =>
    [
        new("Key", KeyMachines.Lifecycle(new KeyRecord(), new KeyVaultSettings("subscription")).GetInfo()),
        new("KeyVersion", KeyMachines.Version(new KeyRecord(), new KeyVersionRecord()).GetInfo()),
        new("KeyVault", KeyMachines.Vault(new KeyVaultState { Settings = new KeyVaultSettings("subscription") }).GetInfo()),
        new("EnterprisePolicy", Policies.PolicyMachine.Create(new Policies.EnterprisePolicyState()).GetInfo()),
        new("Backup", Environments.BackupMachine.Create(new Environments.BackupRecord()).GetInfo()),
        new("Environment", Domain.Environments.Lifecycle.EnvironmentLifecycleModel.MachineInfo()),
    ];
}
