using System.Globalization;
using System.Text;

namespace CmkSim.Tests.Properties;

/// <summary>
/// The small tenant every generated sequence runs against, and the printer that turns a generated run into a scenario
/// file: three users (an admin, a global admin, one with no Entra role), one subscription, two to four environments of
/// mixed types. Vaults, keys, policies and backups come from a few fixed names, so generated steps hit each other.
/// </summary>
public static class PropertyTenant
{
    public const string Admin = "admin";
    public const string Global = "global";
    public const string Nobody = "nobody";
    public const string Subscription = "sub1";

    public static readonly string[] Users = [Admin, Global, Nobody];

    /// <summary>Name, type, region, managed, records, BYOK: the first <c>n</c> are declared (n from 2 to 4).</summary>
    public static readonly (string Name, string Type, string Region, bool Managed, int Records, bool Byok)[] Environments =
    [
        ("prod", "Production", "europe", true, 4, false),
        ("sand", "Sandbox", "europe", true, 3, false),
        ("trial", "Trial", "europe", false, 2, false),
        ("legacy", "Production", "uk", true, 2, true),
    ];

    public static readonly string[] Vaults = ["kv1", "kv2", "hsm1"];
    public static readonly string[] Keys = ["cmk1", "cmk2"];
    public static readonly string[] Policies = ["ep1", "ep2"];
    public static readonly string[] Backups = ["b1", "b2"];

    /// <summary>A duration in the scenario language, largest unit first (<c>3d4h5m</c>).</summary>
    public static string Duration(TimeSpan t)
    {
        if (t == TimeSpan.Zero)
        {
            return "0";
        }

        var text = new StringBuilder();
        if (t.Days > 0) text.Append(CultureInfo.InvariantCulture, $"{t.Days}d");
        if (t.Hours > 0) text.Append(CultureInfo.InvariantCulture, $"{t.Hours}h");
        if (t.Minutes > 0) text.Append(CultureInfo.InvariantCulture, $"{t.Minutes}m");
        if (t.Seconds > 0) text.Append(CultureInfo.InvariantCulture, $"{t.Seconds}s");
        return text.ToString();
    }

    /// <summary>The run as a scenario file that `cmksim run file --seed S` replays; <paramref name="header"/> becomes comments.</summary>
    public static string ToYaml(GeneratedRun run, string name = "property-case", string? header = null)
    {
        var yaml = new StringBuilder();
        foreach (var line in (header ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            yaml.Append("# ").AppendLine(line.TrimEnd());
        }

        yaml.AppendLine(CultureInfo.InvariantCulture, $"name: {name}");
        yaml.AppendLine("description: A generated sequence of actions (property tests, tests/CmkSim.Tests/Properties).");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"seed: {run.Seed}");
        yaml.AppendLine("span: 1d");
        yaml.AppendLine("tenant:");
        yaml.AppendLine("  users:");
        yaml.AppendLine($"    - {{ name: {Admin}, roles: [PowerPlatformAdministrator], licenses: [Microsoft365E5] }}");
        yaml.AppendLine($"    - {{ name: {Global}, roles: [GlobalAdministrator], licenses: [Microsoft365E5] }}");
        yaml.AppendLine($"    - {{ name: {Nobody}, roles: [], licenses: [Microsoft365E5] }}");
        yaml.AppendLine($"  subscriptions: [ {Subscription} ]");
        yaml.AppendLine("  environments:");
        foreach (var e in Environments.Take(run.Environments))
        {
            yaml.AppendLine(CultureInfo.InvariantCulture,
                $"    - {{ name: {e.Name}, type: {e.Type}, region: {e.Region}, managed: {Bool(e.Managed)}, records: {e.Records}{(e.Byok ? ", encryption: Byok" : "")} }}");
        }

        if (run.Steps.Count == 0)
        {
            return yaml.ToString();
        }

        yaml.AppendLine("steps:");
        var at = TimeSpan.Zero;
        foreach (var step in run.Steps)
        {
            at += step.Gap;
            var args = string.Concat(step.Args.Select(a => $", {a.Name}: {a.Value}"));
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ at: {Duration(at)}, as: {step.Actor}, do: {step.Action}{args} }}");
        }

        return yaml.ToString();
    }

    public static string Bool(bool b) => b ? "true" : "false";
}
