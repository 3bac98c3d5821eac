namespace CmkSim.Domain.Rules;

/// <summary>One constant per rule of <c>shared/cmk-rules.md</c>, so code, audit entries, tests and reports cite the same IDs.</summary>
public static class RuleId
{
    public const string KV01 = "KV-01";

    public const string KV02 = "KV-02";

    public const string KV03 = "KV-03";

    public const string KV04 = "KV-04";

    public const string KV05 = "KV-05";

    public const string KV06 = "KV-06";

    public const string KV07 = "KV-07";

    public const string EP01 = "EP-01";

    public const string EP02 = "EP-02";

    public const string EP03 = "EP-03";

    public const string EP04 = "EP-04";

    public const string EP05 = "EP-05";

    public const string EP06 = "EP-06";

    public const string EP07 = "EP-07";

    public const string EN01 = "EN-01";

    public const string EN02 = "EN-02";

    public const string EN03 = "EN-03";

    public const string EN04 = "EN-04";

    public const string EN05 = "EN-05";

    public const string EN06 = "EN-06";

    public const string EN07 = "EN-07";

    public const string EN08 = "EN-08";

    public const string EN09 = "EN-09";

    public const string EN10 = "EN-10";

    public const string EN11 = "EN-11";

    public const string EN12 = "EN-12";

    public const string EN13 = "EN-13";

    public const string DB01 = "DB-01";

    public const string DB02 = "DB-02";

    public const string DB03 = "DB-03";

    public const string DB04 = "DB-04";

    public const string SD01 = "SD-01";

    public const string SD02 = "SD-02";

    public const string LK01 = "LK-01";

    public const string LK02 = "LK-02";

    public const string LK03 = "LK-03";

    public const string BY01 = "BY-01";
}
