namespace CmkSim.Crypto.Hsm;

/// <summary>Why an HSM call failed, so callers (and the CLI's exit message) can tell the cases apart.</summary>
public enum HsmError
{
    LibraryNotFound,
    LibraryNotLoadable,
    WrongPin,
    TokenUnavailable,
    KeyNotFound,
    AlgorithmNotSupported,
    KeySizeNotSupported,
    DecryptionFailed,
    OperationFailed,
}
