namespace CmkSim.Domain.Compliance;

/// <summary>What each severity means, as the reports define it on the page.</summary>
public static class FindingSeverityMeaning
{
    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => "data was lost or can no longer be recovered",
        FindingSeverity.High => "environments are (or were) offline, or data is one step from loss: a deadline runs or restores fail",
        FindingSeverity.Medium => "a control is weakened; no data is at risk yet",
        _ => "advice: good practice not followed, no direct risk",
    };
}
