namespace CmkSim.Crypto.Hsm;

/// <summary>An HSM failure with a message that says what to do about it.</summary>
public sealed class HsmException(HsmError error, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public HsmError Error { get; } = error;
}
