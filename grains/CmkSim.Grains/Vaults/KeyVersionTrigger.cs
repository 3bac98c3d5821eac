namespace CmkSim.Grains.Vaults;

/// <summary>What can happen to a key version.</summary>
public enum KeyVersionTrigger
{
    Enable,
    Disable,
}
