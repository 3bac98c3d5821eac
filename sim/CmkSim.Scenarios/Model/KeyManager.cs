namespace CmkSim.Scenarios.Model;

/// <summary>Who manages the key that protects an environment's data.</summary>
public enum KeyManager
{
    Microsoft,
    Customer,
}
