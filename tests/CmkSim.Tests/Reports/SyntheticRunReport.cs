using CmkSim.Domain.Environments;
using CmkSim.Domain.Compliance;
using CmkSim.Domain.Journal;
using CmkSim.Reports.Model;

namespace CmkSim.Tests.Reports;

/// <summary>
/// A large, seeded RunReport as the scenario runner would fill it: 1,000 environments over 90 simulated days
/// (hourly samples), ~2,000 audit entries, findings, and one failing expectation citing LK-01.
/// </summary>
public static class SyntheticRunReport
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static RunReport Build(int environments = 1000, int days = 90, int auditEntries = 2000)
    {
        var random = new Random(42);
        var timeline = Enumerable.Range(0, days * 24 + 1).Select(h => Sample(Start.AddHours(h), h / 24.0, environments, random)).ToList();
        string[] rules = ["KV-06", "KV-07", "EP-04", "EN-03", "EN-07", "EN-09", "LK-01", "LK-03", "EN-08", "SD-01"];
        var audit = Enumerable.Range(0, auditEntries).Select(i => (i % 11 == 0
                ? new Refused(i % 5 == 0 ? Operations.UnwrapKey : Operations.AddEnvironment, $"env-{i % environments:D4}", rules[i % rules.Length], "403 Forbidden <denied> & logged", 403)
                : i % 3 == 0
                    ? new EnvironmentCreated($"env-{i % environments:D4}", EnvironmentType.Sandbox, "unitedstates", 10, EncryptionOwner.MicrosoftManaged)
                    : (JournalEvent)new EnvironmentAddedToPolicy($"env-{i % environments:D4}", "ep-contoso", rules[i % rules.Length])) with
            {
                Id = new EventId("synthetic", i + 1),
                Time = Start.AddMinutes(i * (days * 24.0 * 60 / auditEntries)),
                Actor = i % 7 == 0 ? "kv-admin@contoso" : "pp-admin@contoso",
            }).ToList();
        var findings = new List<Finding>
        {
            new("EN-08", FindingSeverity.High, Start.AddDays(45), "kv-contoso/cmk", "Previous key version disabled 15 days after rotation", [8, 18]),
            new("SD-01", FindingSeverity.Medium, Start.AddDays(1), "kv-admin@contoso", "Key vault admin also administers Power Platform", [9]),
            new("SD-02", FindingSeverity.Low, Start.AddDays(2), "kv-contoso", "Purge protection reminder", []),
        };
        var expectations = new List<ExpectationResult>
        {
            new(1, "all environments encrypted by day 5", Start.AddDays(5), true, "1000 of 1000 Encrypted", "EN-03", 12),
            new(2, "unwrap is denied after revocation", Start.AddDays(40), true, "403 KV-06", "KV-06", 18),
            new(3, "every CMK environment locks within 1h", Start.AddDays(40).AddHours(1), false, "12 environments still Enabled", "LK-01", 21),
            new(4, "environments unlock after access is restored", Start.AddDays(43), true, "1000 Enabled", "LK-03", 25),
            new(5, "no data lost", null, true, "0 unreadable records at end", null, 30),
        };
        var inventory = Enumerable.Range(0, environments).Select(i => new InventoryRow(
            $"env-{i:D4}", i % 10 == 0 ? null : $"policy-{i % 3}", i % 50 == 0 ? "Locked" : "Enabled",
            i % 10 == 0 ? "MicrosoftManaged" : "Encrypted", i % 10 == 0 ? null : "cmk/v3", i % 10 == 0 ? "Microsoft" : "Customer")).ToList();
        var keyEvents = new List<KeyVersionMarker>
        {
            new(Start.AddDays(30), "cmk", "v2", KeyVersionMarker.Rotated),
            new(Start.AddDays(45), "cmk", "v1", "disabled"),
            new(Start.AddDays(60), "cmk", "v3", KeyVersionMarker.Rotated),
        };
        var wall = new WallClockFigures(12.5,
            Enumerable.Range(0, 500).Select(_ => 40 + random.NextDouble() * 30).ToList(),
            Enumerable.Range(0, 500).Select(_ => 900 + random.NextDouble() * 400).ToList());
        return new RunReport(
            new ScenarioInfo("revocation-drill", "Revoke the policy's key access, watch 1,000 environments lock, restore it.",
                "scenarios/revocation-drill.yaml", 20250101, environments, "0.5.0-test", Start, Start.AddDays(days)),
            expectations, findings, audit, timeline, inventory, keyEvents,
            ["stateDiagram-v2\n    [*] --> Enabled\n    Enabled --> Locked: revoke\n    Locked --> Enabled: restore"],
            wall);
    }

    private static TimelineSample Sample(DateTimeOffset time, double day, int n, Random random)
    {
        var locked = day is >= 40 and < 43 ? n * 9 / 10 : 0;
        var encrypting = day < 4 ? (int)(n * (4 - day) / 4) : 0;
        var status = new Dictionary<string, int> { ["Enabled"] = n - locked - encrypting, ["Disabled"] = encrypting, ["Locked"] = locked };
        var encryption = new Dictionary<string, int> { ["Encrypted"] = n * 9 / 10 - encrypting, ["MicrosoftManaged"] = n / 10 + encrypting };
        var onV2 = day < 30 ? 0 : day < 31 ? (int)(n * 0.9 * (day - 30)) : n * 9 / 10;
        var onV3 = day < 60 ? 0 : day < 61 ? (int)(n * 0.9 * (day - 60)) : n * 9 / 10;
        var versions = new Dictionary<string, int> { ["cmk/v1"] = n * 9 / 10 - onV2, ["cmk/v2"] = onV2 - onV3, ["cmk/v3"] = onV3 };
        return new TimelineSample(time, status, encryption, versions, (n - locked) * 100L, locked * 100L,
            locked > 0 ? 0 : random.Next(50, 400));
    }
}
