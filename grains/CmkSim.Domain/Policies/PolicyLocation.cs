namespace CmkSim.Domain.Policies;

/// <summary>
/// Where an enterprise policy can be created (rule EP-02); it must match the region of the environments it takes
/// (EP-05). ARM spells these in lower case: see <see cref="PolicyLocationNames"/>.
/// </summary>
public enum PolicyLocation
{
    UnitedStates,
    SouthAfrica,
    Switzerland,
    Germany,
    UnitedArabEmirates,
    France,
    UK,
    Japan,
    India,
    Canada,
    SouthAmerica,
    Europe,
    Asia,
    Australia,
    Korea,
    Norway,
    Singapore,
}
