namespace CmkSim.Domain.Tenants;

/// <summary>
/// Licence SKUs a tenant user can hold. The first twelve are the ones rule EN-11 lists; the rest are common SKUs that
/// do not qualify, so scenarios can show a refusal. Names match the strings <see cref="TenantUser.Licenses"/> carries.
/// </summary>
public enum License
{
    Microsoft365E5,
    Microsoft365A5,
    Microsoft365G5,
    Office365E5,
    Office365A5,
    Office365G5,
    Microsoft365E5Compliance,
    Microsoft365A5Compliance,
    Microsoft365G5Compliance,
    Microsoft365F5SecurityCompliance,
    InformationProtectionAndGovernance,
    InsiderRiskManagement,
    Microsoft365E3,
    Office365E3,
    Microsoft365F3,
    PowerAppsPremium,
}
