namespace CmkSim.Scenarios.Actions;

/// <summary>
/// Something that happens to the platform rather than an action of the tenant's (an injected fault, a failed
/// encryption, a killed or restarted silo): the actions the reserved actor <c>platform</c> may take.
/// </summary>
public interface IPlatformEventAction;
