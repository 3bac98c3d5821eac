namespace CmkSim.Scenarios.Actions;

/// <summary>
/// A platform that can take several environments' calls at once: a step over many environments whose calls are local
/// (each changes only its environment and reads shared state) makes up to this many at a time (see EachEnvironment).
/// A platform without it takes them one by one.
/// </summary>
public interface IEnvironmentsInFlight
{
    int EnvironmentsInFlight { get; }
}
