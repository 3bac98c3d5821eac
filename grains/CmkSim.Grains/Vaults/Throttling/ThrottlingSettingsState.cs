using CmkSim.Domain.Vaults.Throttling;

namespace CmkSim.Grains.Vaults.Throttling;

[GenerateSerializer]
public sealed class ThrottlingSettingsState
{
    [Id(0)] public ThrottlingSettings Settings { get; set; } = ThrottlingSettings.Off;
}
