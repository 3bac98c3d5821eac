using CmkSim.Contracts.Serialization;
using CmkSim.Domain.Rules;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Configuration;

namespace CmkSim.Contracts;

/// <summary>
/// How CmkSim's values cross grain and silo boundaries. The domain (IDs, vocabulary, rules, journal events) is
/// Orleans-free, so it carries no Orleans attributes: its types go through Orleans' System.Text.Json codec, by property
/// name (renaming a property of a domain record is a wire change; adding one is not). CmkSim's own exceptions and
/// Pkcs11Interop's cross intact too. Silos and cluster clients both need this.
/// </summary>
public static class DomainSerialization
{
    public static IServiceCollection AddCmkSimSerialization(this IServiceCollection services)
    {
        services.Configure<ExceptionSerializationOptions>(options =>
        {
            options.SupportedNamespacePrefixes.Add("CmkSim");
            options.SupportedNamespacePrefixes.Add("Net.Pkcs11Interop");
        });
        // Immutable domain values are passed as they are within a process; the rest are copied through JSON.
        services.AddSingleton<IGeneralizedCopier, ImmutableDomainCopier>();
        services.AddSerializer(builder => builder.AddJsonSerializer(isSerializable: IsDomainType,
            isCopyable: type => IsDomainType(type) && !DomainImmutability.IsImmutable(type)));
        // Orleans only names types on the wire that it was told are safe to load; the domain's are ours.
        services.Configure<TypeManifestOptions>(options => options.AddAllowedAssembly(typeof(RuleId).Assembly));
        return services;
    }

    /// <summary>A type the domain project declares (generic collections of them are handled by Orleans' own codecs).</summary>
    public static bool IsDomainType(Type type) => type.Assembly == typeof(RuleId).Assembly;
}
