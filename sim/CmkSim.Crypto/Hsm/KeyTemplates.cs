using System.Text;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Crypto.Hsm;

/// <summary>PKCS#11 attribute templates for CMK key pairs.</summary>
internal static class KeyTemplates
{
    private static readonly byte[] PublicExponent = [0x01, 0x00, 0x01];

    public static AttributeTemplate Public(Pkcs11InteropFactories f, string keyId, int bits)
    {
        var a = f.ObjectAttributeFactory;
        return new(
        [
            a.Create(CKA.CKA_CLASS, CKO.CKO_PUBLIC_KEY),
            a.Create(CKA.CKA_KEY_TYPE, CKK.CKK_RSA),
            a.Create(CKA.CKA_TOKEN, true),
            a.Create(CKA.CKA_PRIVATE, false),
            a.Create(CKA.CKA_ID, Encoding.UTF8.GetBytes(keyId)),
            a.Create(CKA.CKA_LABEL, keyId),
            a.Create(CKA.CKA_ENCRYPT, true),
            a.Create(CKA.CKA_WRAP, true),
            a.Create(CKA.CKA_VERIFY, true),
            a.Create(CKA.CKA_MODULUS_BITS, (ulong)bits),
            a.Create(CKA.CKA_PUBLIC_EXPONENT, PublicExponent),
        ]);
    }

    /// <summary>Sensitive and never extractable: the private key can't leave the token, wrapped or not.</summary>
    public static AttributeTemplate Private(Pkcs11InteropFactories f, string keyId)
    {
        var a = f.ObjectAttributeFactory;
        return new(
        [
            a.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY),
            a.Create(CKA.CKA_KEY_TYPE, CKK.CKK_RSA),
            a.Create(CKA.CKA_TOKEN, true),
            a.Create(CKA.CKA_PRIVATE, true),
            a.Create(CKA.CKA_ID, Encoding.UTF8.GetBytes(keyId)),
            a.Create(CKA.CKA_LABEL, keyId),
            a.Create(CKA.CKA_SENSITIVE, true),
            a.Create(CKA.CKA_EXTRACTABLE, false),
            a.Create(CKA.CKA_DECRYPT, true),
            a.Create(CKA.CKA_UNWRAP, true),
            a.Create(CKA.CKA_SIGN, true),
        ]);
    }

    public static AttributeTemplate ById(Pkcs11InteropFactories f, CKO objectClass, byte[] id) => new(
    [
        f.ObjectAttributeFactory.Create(CKA.CKA_CLASS, objectClass),
        f.ObjectAttributeFactory.Create(CKA.CKA_ID, id),
    ]);

    public static AttributeTemplate OfClass(Pkcs11InteropFactories f, CKO objectClass) =>
        new([f.ObjectAttributeFactory.Create(CKA.CKA_CLASS, objectClass)]);
}
