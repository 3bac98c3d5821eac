using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Crypto.Hsm;

/// <summary>The PKCS#11 object handles of one key pair; valid across every session of this process.</summary>
internal sealed record KeyPairHandles(IObjectHandle Public, IObjectHandle Private);
