using CmkSim.Crypto.Hsm;

namespace CmkSim.Tests.Support;

/// <summary>
/// The real SoftHSM2. No mock and no skip: without SoftHSM2 every test that needs it fails with the install hint.
/// One handle stays open for the whole test process, so classes running in parallel share one loaded module and
/// one token directory instead of finalising and re-initialising the library between them.
/// </summary>
public sealed class HsmFixture
{
    private static readonly Lazy<SoftHsm> Process = new(() =>
    {
        var hsm = SoftHsm.Open();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => hsm.Dispose();
        return hsm;
    });

    public SoftHsm Hsm => Process.Value;
}
