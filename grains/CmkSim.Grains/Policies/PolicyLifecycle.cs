namespace CmkSim.Grains.Policies;

/// <summary>An enterprise policy's lifecycle.</summary>
[GenerateSerializer]
public enum PolicyLifecycle
{
    NotCreated,
    Active,
    Deleted,
}
