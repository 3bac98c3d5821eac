using System.Collections.Concurrent;
using System.Text;
using CmkSim.Crypto.Hsm;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Cli.Bench;

/// <summary>
/// The baseline our layer is measured against: bare Pkcs11Interop calls, one session and one mechanism per thread,
/// the key found once, nothing else in the loop.
/// </summary>
internal sealed class RawPkcs11Baseline(HsmToken token, string keyId) : IDisposable
{
    private readonly ConcurrentBag<IDisposable> _opened = [];

    public Action Operation(bool unwrap, byte[] input)
    {
        var factories = token.Factories;
        var session = token.OpenRawSession();
        var oaep = factories.MechanismParamsFactory.CreateCkRsaPkcsOaepParams(
            ConvertUtils.UInt64FromCKM(CKM.CKM_SHA_1), ConvertUtils.UInt64FromCKG(CKG.CKG_MGF1_SHA1),
            ConvertUtils.UInt64FromUInt32(CKZ.CKZ_DATA_SPECIFIED), null);
        var mechanism = factories.MechanismFactory.Create(CKM.CKM_RSA_PKCS_OAEP, oaep);
        _opened.Add(mechanism);
        _opened.Add(session);
        using var template = new AttributeTemplate(
        [
            factories.ObjectAttributeFactory.Create(CKA.CKA_CLASS, unwrap ? CKO.CKO_PRIVATE_KEY : CKO.CKO_PUBLIC_KEY),
            factories.ObjectAttributeFactory.Create(CKA.CKA_ID, Encoding.UTF8.GetBytes(keyId)),
        ]);
        var key = session.FindAllObjects(template.Attributes).Single();
        return unwrap
            ? () => session.Decrypt(mechanism, key, input)
            : () => session.Encrypt(mechanism, key, input);
    }

    public void Dispose()
    {
        foreach (var item in _opened)
        {
            item.Dispose();
        }
    }
}
