using System.Runtime.CompilerServices;

namespace CmkSim.Domain.Rules;

/// <summary>A finding check: code that raises the rule's compliance finding from what a run did.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field,
    AllowMultiple = true, Inherited = false)]
public sealed class ChecksFindingAttribute(string ruleId, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    : RuleLinkAttribute(ruleId, file, line);
