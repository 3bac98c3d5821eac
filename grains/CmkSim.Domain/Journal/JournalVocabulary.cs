using System.Reflection;
using System.Text.Json.Serialization;

namespace CmkSim.Domain.Journal;

/// <summary>The journal's event names, read from the one list on <see cref="JournalEvent"/>.</summary>
public static class JournalVocabulary
{
    private static readonly IReadOnlyDictionary<Type, string> Names = typeof(JournalEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    /// <summary>Every event type and its name, in the order the list declares them.</summary>
    public static IReadOnlyDictionary<Type, string> All => Names;

    public static string NameOf(Type type) =>
        Names.TryGetValue(type, out var name) ? name : throw new InvalidOperationException($"{type.Name} is not in the journal's vocabulary (JournalEvent's list)");
}
