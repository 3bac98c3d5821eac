namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule DB-04: "Reset deletes the environment's encrypted data, backups included, and returns it to the
/// Microsoft-managed key." Consequence: every resource's records and data key go, every available backup is deleted
/// under DB-04 (the backup machine's guard "DB-04: a reset deletes the backups"), the environment leaves its policy and
/// gets new data keys under the Microsoft-managed key; journaled as <c>EnvironmentReset</c>. Data lost this way is
/// lost by rule, not by a lock (<see cref="Lk02LockedEnvironmentDeletion"/>).
/// </summary>
[RuleHome(RuleId.DB04)]
public static class Db04Reset;
