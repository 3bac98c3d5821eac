namespace CmkSim.Scenarios.Model;

/// <summary>The operation names the admin center shows in an environment's History, as the grains write them.</summary>
public static class HistoryOperations
{
    public const string UpdateCustomerManagedKey = "Update Customer Managed Key";

    public static IReadOnlyList<string> All { get; } = [UpdateCustomerManagedKey];
}
