using CmkSim.Contracts.Vaults;
using CmkSim.Domain.Vaults;
using CmkSim.Scenarios.Rules;

namespace CmkSim.Tests.Scenarios;

/// <summary>The scenario format's permission names mirror the contracts' <see cref="KeyPermissions"/> (less None and the Cmk shorthand).</summary>
public sealed class KeyPermissionNamesTests
{
    [Fact]
    public void The_scenario_list_and_the_contracts_enum_agree()
    {
        var contracts = Enum.GetNames<KeyPermissions>().Where(n => n is not nameof(KeyPermissions.None) and not nameof(KeyPermissions.Cmk));

        Assert.Equal(contracts.Order(StringComparer.Ordinal), KeyPermissionNames.All.Order(StringComparer.Ordinal));
    }
}
