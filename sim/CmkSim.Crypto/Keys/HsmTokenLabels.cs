namespace CmkSim.Crypto.Keys;

/// <summary>
/// The two tokens every run has: customer keys, and the Microsoft-managed key that encrypts every environment
/// not on a customer key, so all data is envelope-encrypted whoever owns its key.
/// </summary>
public static class HsmTokenLabels
{
    public const string Customer = "cmksim-customer";

    public const string Microsoft = "cmksim-microsoft";
}
