using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Crypto.Hsm;

/// <summary>One PKCS#11 session with its own mechanism objects, so concurrent callers share nothing.</summary>
internal sealed class PooledSession : IDisposable
{
    public PooledSession(ISession session, Pkcs11InteropFactories factories)
    {
        Session = session;
        // SoftHSM2 2.6.1 accepts OAEP only with SHA-1 and MGF1-SHA1: that is Key Vault's "RSA-OAEP".
        // The mechanism copies its parameters into memory of its own, so they are freed now, not by a finalizer.
        using var oaepParams = factories.MechanismParamsFactory.CreateCkRsaPkcsOaepParams(
            ConvertUtils.UInt64FromCKM(CKM.CKM_SHA_1),
            ConvertUtils.UInt64FromCKG(CKG.CKG_MGF1_SHA1),
            ConvertUtils.UInt64FromUInt32(CKZ.CKZ_DATA_SPECIFIED),
            null);
        RsaOaep = factories.MechanismFactory.Create(CKM.CKM_RSA_PKCS_OAEP, oaepParams);
        RsaPkcs1 = factories.MechanismFactory.Create(CKM.CKM_RSA_PKCS);
    }

    public ISession Session { get; }

    public IMechanism RsaOaep { get; }

    public IMechanism RsaPkcs1 { get; }

    public void Dispose()
    {
        RsaOaep.Dispose();
        RsaPkcs1.Dispose();
        Session.Dispose();
    }
}
