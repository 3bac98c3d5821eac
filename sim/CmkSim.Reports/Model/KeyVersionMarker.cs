namespace CmkSim.Reports.Model;

/// <summary>A key version event ("rotated", "disabled", ...) to mark on the key-version plot.</summary>
public sealed record KeyVersionMarker(DateTimeOffset Time, string Key, string Version, string Event)
{
    /// <summary>The event after which the previous version must be kept for 28 days (EN-08).</summary>
    public const string Rotated = "rotated";
}
