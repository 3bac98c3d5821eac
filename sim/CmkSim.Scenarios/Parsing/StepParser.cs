using CmkSim.Engine.Time;
using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace CmkSim.Scenarios.Parsing;

/// <summary>Reads <c>steps:</c>: who does what when, with arguments checked against the action catalogue and built into its typed action.</summary>
internal sealed class StepParser(ParseContext context)
{
    private static readonly string[] StepKeys = ["at", "as", "do"];
    private readonly ArgumentParser arguments = new(context);

    private ErrorSink Errors => context.Errors;

    /// <summary>The steps; a step with errors is still counted so <c>step: N</c> keeps its meaning.</summary>
    public IReadOnlyList<ScenarioStep?> Parse(YamlSequenceNode list)
    {
        var steps = new List<ScenarioStep?>();
        (TimeSpan At, int Index)? previous = null;
        var killedBy = new Dictionary<int, int>(); // silo → the step that killed it, until a step restarts it
        foreach (var node in list.Children)
        {
            var index = steps.Count + 1;
            var reader = MappingReader.Of(node, $"steps[{index}]", Errors);
            var at = reader?.Duration("at", required: true);
            steps.Add(reader is null ? null : Step(reader, index, at));
            if (steps[^1] is { Do: ISiloAction } silo)
            {
                SiloLife(reader!, silo, killedBy);
            }

            if (reader is null || at is not { } time)
            {
                continue;
            }

            // Checked even when the step has other errors, so one run of validate shows them all.
            if (previous is { } p && time < p.At)
            {
                Errors.Add(reader.Get("at")!, reader.Field("at"),
                    $"step {index} at {SimDuration.Format(time)} comes before step {p.Index} at "
                    + $"{SimDuration.Format(p.At)}: steps must be in time order");
            }

            previous = (time, index);
        }

        return steps;
    }

    private ScenarioStep? Step(MappingReader step, int index, TimeSpan? at)
    {
        var actor = Actor(step);
        var action = Action(step);
        var values = action is null ? null : Arguments(step, action);
        if (at is not { } time || actor is null || action is null || values is null)
        {
            return null;
        }

        var arguments = new StepArguments(values);
        var built = ActionCatalog.Build(action.Name, arguments);
        if (ReservedActors.Refusal(actor, built, action.Name) is { } notTheirs)
        {
            Errors.Add(step.Get("as")!, step.Field("as"), notTheirs);
            return null;
        }

        if (built is ISiloAction silo && silo.Problem(context.Silos) is { } problem)
        {
            Errors.Add(step.Get("silo")!, step.Field("silo"), problem);
            return null;
        }

        return new ScenarioStep(index, time, actor, built, arguments, Errors.At(step.Node));
    }

    /// <summary>
    /// A kill of a silo already dead, or a restart of one running, would change nothing and still be journaled as
    /// done: steps run in file order, so the parser knows each silo's life and refuses both at the silo's number.
    /// </summary>
    private void SiloLife(MappingReader reader, ScenarioStep step, Dictionary<int, int> killedBy)
    {
        var silo = ((ISiloAction)step.Do).Silo;
        var problem = step.Do switch
        {
            KillSilo when killedBy.TryGetValue(silo, out var by) =>
                $"killSilo names silo {silo}, which step {by} killed and no step restarts before this one: it is already dead",
            RestartSilo when !killedBy.ContainsKey(silo) =>
                $"restartSilo names silo {silo}, which is running (no earlier step kills it): only a killed silo can be restarted",
            _ => null,
        };
        if (problem is not null)
        {
            Errors.Add(reader.Get("silo")!, reader.Field("silo"), problem);
        }
        else if (step.Do is KillSilo)
        {
            killedBy[silo] = step.Index;
        }
        else
        {
            killedBy.Remove(silo);
        }
    }

    private string? Actor(MappingReader step)
    {
        var actor = step.Text("as", required: true, "a declared user, or platform or support");
        if (actor is null || context.UserNames.Contains(actor, StringComparer.Ordinal) || ReservedActors.All.Contains(actor))
        {
            return actor;
        }

        var candidates = context.UserNames.Concat(ReservedActors.All).ToList();
        var users = context.UserNames.Count == 0 ? "a user declared under tenant.users (there are none)" : $"a declared user ({string.Join(", ", context.UserNames)})";
        Errors.Add(step.Get("as")!, step.Field("as"),
            $"unknown actor '{actor}'{Suggestions.DidYouMean(actor, candidates)}: expected {users} or platform or support");
        return null;
    }

    private ActionSpec? Action(MappingReader step)
    {
        var name = step.Text("do", required: true, "an action such as createKey (see FORMAT.md)");
        if (name is null)
        {
            return null;
        }

        if (ActionCatalog.Find(name) is { } action)
        {
            return action;
        }

        var closest = Suggestions.Closest(name, ActionCatalog.Actions.Keys);
        var hint = closest.Count == 0 ? "see the action list in scenarios/FORMAT.md" : $"did you mean {string.Join(", ", closest)}?";
        Errors.Add(step.Get("do")!, step.Field("do"), $"unknown action '{name}': {hint}");
        return null;
    }

    private Dictionary<string, object>? Arguments(MappingReader step, ActionSpec action)
    {
        var allowed = StepKeys.Concat(action.Arguments.Select(a => a.Name)).ToList();
        var before = Errors.Errors.Count;
        step.RejectUnknown(allowed, $"argument for {action.Name}");
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var spec in action.Arguments)
        {
            if (step.Get(spec.Name) is { } node)
            {
                if (arguments.Parse(spec, node, step.Field(spec.Name)) is { } value)
                {
                    values[spec.Name] = value;
                }
            }
            else if (spec.Required)
            {
                Errors.Add(step.Node, step.Field(spec.Name), $"{action.Name} needs '{spec.Name}': expected {spec.Describe()}");
            }
        }

        CheckOneOf(step, action);
        return Errors.Errors.Count == before ? values : null;
    }

    private void CheckOneOf(MappingReader step, ActionSpec action)
    {
        if (action.OneOf.Count == 0)
        {
            return;
        }

        var touched = action.OneOf.Where(group => group.Any(step.Has)).ToList();
        if (touched.Count == 1 && touched[0].All(step.Has))
        {
            return;
        }

        var choices = string.Join(" or ", action.OneOf.Select(g => g.Count == 1 ? $"'{g[0]}'" : $"all of {string.Join(", ", g)}"));
        var problem = touched.Count > 1 ? "mixes both forms" : touched.Count == 0 ? "gives neither form" : "is incomplete";
        Errors.Add(step.Node, step.Path, $"{action.Name} {problem}: expected {choices}");
    }
}
