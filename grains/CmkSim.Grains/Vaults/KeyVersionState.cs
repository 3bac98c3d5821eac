namespace CmkSim.Grains.Vaults;

/// <summary>One key version's state: only an enabled version wraps and unwraps (rules KV-07, EN-08).</summary>
[GenerateSerializer]
public enum KeyVersionState
{
    Enabled,
    Disabled,
}
