using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// A PKCS#11 attribute template whose unmanaged values live until it is disposed. Pkcs11Interop's attributes free
/// their native memory in a finalizer; a template passed inline becomes unreachable once marshalled, and a collection
/// during the native call let SoftHSM2 read freed memory (keys stored with garbage CKA_IDs and without CKA_DECRYPT).
/// Hold it in a <c>using</c> across the call.
/// </summary>
public sealed class AttributeTemplate(List<IObjectAttribute> attributes) : IDisposable
{
    public List<IObjectAttribute> Attributes { get; } = attributes;

    public void Dispose()
    {
        foreach (var attribute in Attributes)
        {
            attribute.Dispose();
        }
    }
}
