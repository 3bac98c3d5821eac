namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-04: "Removing an environment from its policy disables it and returns it to the Microsoft-managed key."
/// Consequence: the environment machine's Reverting state (guard "EN-04: on a policy"), the re-wrap of every resource's
/// data key under the Microsoft-managed key within <see cref="En03Encryption.MaxDuration"/>, journaled as
/// <c>EnvironmentRemovedFromPolicy</c> then <c>EnvironmentReverted</c> (or <c>RevertFailed</c>, which locks). What must
/// stay after it is <see cref="En05KeyAccessAfterRemoval"/>.
/// </summary>
[RuleHome(RuleId.EN04)]
public static class En04RemoveFromPolicy;
