namespace CmkSim.Domain.Rules;

/// <summary>
/// Rule EN-12: "Environment status and encryption status can show Failed." Consequence: an encryption run that fails
/// (the policy's key not found, a refused wrap, an injected fault) leaves the data on the key it was on, the
/// environment enabled and its encryption status Failed until Add environment runs again; journaled as
/// <c>EncryptionFailed</c>, with the admin center's "Update Customer Managed Key" history entry Failed.
/// </summary>
[RuleHome(RuleId.EN12)]
public static class En12EncryptionFailed;
