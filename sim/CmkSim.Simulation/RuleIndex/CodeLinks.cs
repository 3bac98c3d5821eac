using System.Reflection;
using CmkSim.Domain.Rules;

namespace CmkSim.Simulation.RuleIndex;

/// <summary>
/// Every <see cref="RuleLinkAttribute"/> (<see cref="RuleHomeAttribute"/>, <see cref="EnforcesAttribute"/>,
/// <see cref="ChecksFindingAttribute"/>) on the types and members of CmkSim's assemblies: those this library
/// references, directly or not (the domain, the grains, the reports, ...), and itself.
/// </summary>
internal static class CodeLinks
{
    public sealed record Found(RuleLinkAttribute Link, string Member);

    public static IReadOnlyList<Found> All()
    {
        var found = new List<Found>();
        foreach (var assembly in CmkSimAssemblies())
        {
            foreach (var type in TypesOf(assembly))
            {
                found.AddRange(type.GetCustomAttributes<RuleLinkAttribute>(inherit: false).Select(a => new Found(a, TypeName(type))));
                const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
                foreach (var member in type.GetMembers(declared).Where(m => m is MethodBase or PropertyInfo or FieldInfo))
                {
                    var name = member is ConstructorInfo ? TypeName(type) : $"{TypeName(type)}.{member.Name}";
                    found.AddRange(member.GetCustomAttributes<RuleLinkAttribute>(inherit: false).Select(a => new Found(a, name)));
                }
            }
        }

        return found;
    }

    /// <summary>This assembly and every CmkSim assembly it reaches through its references, by name (a stable order).</summary>
    private static IEnumerable<Assembly> CmkSimAssemblies()
    {
        var self = typeof(CodeLinks).Assembly;
        var seen = new SortedDictionary<string, Assembly>(StringComparer.Ordinal) { [self.GetName().Name!] = self };
        var pending = new Stack<Assembly>([self]);
        while (pending.Count > 0)
        {
            foreach (var reference in pending.Pop().GetReferencedAssemblies())
            {
                if (reference.Name is { } name && name.StartsWith("CmkSim.", StringComparison.Ordinal) && !seen.ContainsKey(name))
                {
                    var loaded = Assembly.Load(reference);
                    seen[name] = loaded;
                    pending.Push(loaded);
                }
            }
        }

        return seen.Values;
    }

    private static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partly)
        {
            // A type whose dependency is missing can't carry a link we could read; the others still can.
            return partly.Types.OfType<Type>();
        }
    }

    /// <summary><c>Outer.Inner</c> without the namespace or a generic arity (<c>`1</c>).</summary>
    private static string TypeName(Type type)
    {
        var name = type.Name.Split('`')[0];
        return type.DeclaringType is { } outer ? $"{TypeName(outer)}.{name}" : name;
    }
}
