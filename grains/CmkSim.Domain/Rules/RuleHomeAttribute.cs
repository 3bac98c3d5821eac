using System.Runtime.CompilerServices;

namespace CmkSim.Domain.Rules;

/// <summary>
/// The home of a rule: the one class holding its constants (and, as they move there, its guards and finding check).
/// A newcomer reading the ID finds it here in one hop.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
public sealed class RuleHomeAttribute(string ruleId, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    : RuleLinkAttribute(ruleId, file, line);
