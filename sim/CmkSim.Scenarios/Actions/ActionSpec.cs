namespace CmkSim.Scenarios.Actions;

/// <summary>
/// An action a step can take and its arguments. <see cref="OneOf"/>, when not empty, lists groups of arguments of
/// which exactly one group must be given in full (e.g. a policy from a template, or inline).
/// </summary>
public sealed record ActionSpec(string Name, IReadOnlyList<ArgumentSpec> Arguments, IReadOnlyList<IReadOnlyList<string>> OneOf)
{
    public ActionSpec(string name, params ArgumentSpec[] arguments)
        : this(name, arguments, [])
    {
    }

    public ArgumentSpec? Find(string argument) => Arguments.FirstOrDefault(a => a.Name == argument);
}
