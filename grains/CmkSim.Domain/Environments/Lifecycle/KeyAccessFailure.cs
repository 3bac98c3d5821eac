using CmkSim.Domain.Keys;

namespace CmkSim.Domain.Environments.Lifecycle;

/// <summary>
/// What the vault answered when the environment's live data keys were unwrapped and some did not: the resources and
/// the vault's words, the rule (EN-08 when only previous versions the roll-out had not reached failed, LK-01
/// otherwise) and the key versions that no longer answer.
/// </summary>
public sealed record KeyAccessFailure(string Message, string Rule, IReadOnlyList<KeyVersionId> Unusable);
