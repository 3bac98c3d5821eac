namespace CmkSim.Crypto.Hsm;

/// <summary>An HSM failure with a message that says what to do about it. Serialisable, so it crosses silos whole.</summary>
[GenerateSerializer]
public sealed class HsmException : Exception
{
    public HsmException(HsmError error, string message, Exception? inner = null)
        : base(message, inner)
    {
        Error = error;
    }

    [Id(0)]
    public HsmError Error { get; private set; }
}
