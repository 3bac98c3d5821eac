namespace CmkSim.Crypto.Hsm;

/// <summary>An HSM failure with a message that says what to do about it.</summary>
/// <remarks>
/// The error kind travels in <see cref="Exception.Data"/>, which Orleans' exception codec carries across silos, so
/// this project needs no Orleans attribute (crypto stays Orleans-free) and a failure on another silo keeps its kind.
/// </remarks>
public sealed class HsmException : Exception
{
    private const string ErrorKey = "CmkSim.HsmError";

    public HsmException(HsmError error, string message, Exception? inner = null)
        : base(message, inner)
    {
        Data[ErrorKey] = error.ToString();
    }

    public HsmError Error => Data[ErrorKey] is string name && Enum.TryParse<HsmError>(name, out var error) ? error : default;
}
