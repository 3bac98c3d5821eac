using Orleans.Serialization.Cloning;

namespace CmkSim.Contracts.Serialization;

/// <summary>
/// Passes immutable domain values (journal events, ids, decisions: <see cref="DomainImmutability"/>) between grains of
/// one process as they are. Without it Orleans' JSON codec copies each of them by serializing and parsing it back, on
/// every call: the largest single overhead a load run's profile showed outside the modelled work. Across processes
/// values are still serialized; only in-process copies are spared.
/// </summary>
internal sealed class ImmutableDomainCopier : IGeneralizedCopier
{
    public bool IsSupportedType(Type type) => DomainImmutability.IsImmutable(type);

    public object? DeepCopy(object? input, CopyContext context) => input;
}
