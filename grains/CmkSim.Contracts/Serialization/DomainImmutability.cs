using System.Collections.Concurrent;
using System.Reflection;

namespace CmkSim.Contracts.Serialization;

/// <summary>
/// Which domain types are immutable all the way down, decided from their fields: every instance field (a base type's
/// too) is readonly and of an immutable type — a primitive, string, enum, date, time span, GUID, or another such domain
/// type. Records with positional or init-only properties qualify; anything holding a collection, array or object does
/// not. An abstract domain type qualifies when every domain type derived from it does. Conservative by design: a type
/// this says no to is copied as before.
/// </summary>
public static class DomainImmutability
{
    private static readonly Assembly Domain = typeof(CmkSim.Domain.Rules.RuleId).Assembly;
    private static readonly ConcurrentDictionary<Type, bool> Known = new();

    private static readonly HashSet<Type> Leaves =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
        typeof(DateOnly), typeof(TimeOnly),
    ];

    public static bool IsImmutable(Type type) => Known.GetOrAdd(type, t => Decide(t, []));

    private static bool Decide(Type type, HashSet<Type> visiting)
    {
        if (type.IsPrimitive || type.IsEnum || Leaves.Contains(type))
        {
            return true;
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Decide(inner, visiting);
        }

        if (type.Assembly != Domain || type.IsGenericType || type.IsArray || type.IsInterface)
        {
            return false;
        }

        if (!visiting.Add(type))
        {
            return true; // a cycle: decided by the rest of the type's fields
        }

        if (type.IsAbstract)
        {
            return Domain.GetTypes().Where(t => t != type && type.IsAssignableFrom(t)).All(t => Decide(t, visiting));
        }

        if (!type.IsValueType && !type.IsSealed)
        {
            return false; // a subclass outside what we checked could add state
        }

        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly || !Decide(field.FieldType, visiting))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
