using System.Runtime.CompilerServices;

namespace CmkSim.Domain.Rules;

/// <summary>A guard: code that refuses or allows an action under the rule.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field,
    AllowMultiple = true, Inherited = false)]
public sealed class EnforcesAttribute(string ruleId, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    : RuleLinkAttribute(ruleId, file, line);
