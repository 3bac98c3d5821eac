namespace CmkSim.Grains.Policies;

/// <summary>What can happen to an enterprise policy.</summary>
public enum PolicyTrigger
{
    Create,
    Delete,
}
