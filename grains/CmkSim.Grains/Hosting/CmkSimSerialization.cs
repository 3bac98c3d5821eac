using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CmkSim.Grains.Hosting;

/// <summary>
/// Lets CmkSim's own exceptions (HsmException and the data plane's typed errors) and Pkcs11Interop's cross silo
/// boundaries intact. Without it, Orleans can't serialise them and a grain failure on another silo surfaces as a
/// CodecNotFoundException that hides the real cause. Silos and cluster clients both need it.
/// </summary>
public static class CmkSimSerialization
{
    public static IServiceCollection AddCmkSimExceptions(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(options =>
        {
            options.SupportedNamespacePrefixes.Add("CmkSim");
            options.SupportedNamespacePrefixes.Add("Net.Pkcs11Interop");
        });
}
