using System.CommandLine;
using System.Globalization;
using CmkSim.Scenarios.Names;

namespace CmkSim.Cli.Commands;

/// <summary>
/// <c>--scale K</c>, shared by <c>run</c> and <c>validate</c> so both accept exactly the same values: a whole number
/// from 1 to <see cref="ScenarioLimits.MaxScale"/>. Anything else is a parse error naming the option (exit 2).
/// </summary>
internal static class ScaleOption
{
    public static Option<int> Create() => new("--scale")
    {
        Description = $"multiply every {{n}} environment count by K ({ScenarioLimits.MinScale}-{ScenarioLimits.MaxScale})",
        DefaultValueFactory = _ => ScenarioLimits.MinScale,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scale)
                && scale is >= ScenarioLimits.MinScale and <= ScenarioLimits.MaxScale)
            {
                return scale;
            }

            result.AddError($"--scale: '{ScenarioNames.Printable(text, 40)}' is not a whole number from {ScenarioLimits.MinScale} to {ScenarioLimits.MaxScale}");
            return ScenarioLimits.MinScale;
        },
    };
}
