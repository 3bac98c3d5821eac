using CmkSim.Scenarios;
using CmkSim.Scenarios.Names;
using CmkSim.Tests.Reports;
using CmkSim.Tests.Support;

using static CmkSim.Tests.Scenarios.BrokenScenario;

namespace CmkSim.Tests.Scenarios;

/// <summary>
/// Issue 8: files a scenario names are untrusted. A FIFO, a device (also through a link), a folder, a link loop, a
/// broken link, an unreadable or oversized file is one <c>file:1:1: file: ...</c> error and exit 2, never a hang.
/// Templates must stay inside the scenario's folder.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cmksim-special-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_FIFO_is_refused_without_opening_it_for_a_blocking_read()
    {
        var fifo = MakeFifo("pipe.yaml");

        Assert.Equal($"{fifo}:1:1: file: is a FIFO (named pipe), not a regular file", LoadError(fifo));
    }

    [Theory]
    [InlineData("zero.yaml", "/dev/zero", "is a character device, not a regular file")]
    [InlineData("loop.yaml", "loop.yaml", "is a symbolic link loop (too many levels of links)")]
    [InlineData("broken.yaml", "nowhere.yaml", "is a broken symbolic link (its target does not exist)")]
    public void Links_to_devices_loops_and_broken_links_are_refused(string name, string target, string why)
    {
        var link = Path.Combine(folder, name);
        File.CreateSymbolicLink(link, target);

        Assert.Equal($"{link}:1:1: file: {why}", LoadError(link));
    }

    [Fact]
    public void A_folder_and_a_missing_file_are_refused()
    {
        var directory = Directory.CreateDirectory(Path.Combine(folder, "dir.yaml")).FullName;

        Assert.Equal($"{directory}:1:1: file: is a folder, not a file", LoadError(directory));
        Assert.Equal($"{folder}/none.yaml:1:1: file: does not exist", LoadError(Path.Combine(folder, "none.yaml")));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_after_reading_at_most_the_limit()
    {
        var big = Path.Combine(folder, "big.yaml");
        File.WriteAllText(big, "name: x\n# " + new string('x', ScenarioLimits.ScenarioFileBytes) + "\n");

        Assert.Equal($"{big}:1:1: file: is larger than 1024 KiB, the limit for this file", LoadError(big));
    }

    [Fact]
    public void An_unreadable_file_is_refused()
    {
        var locked = Path.Combine(folder, "locked.yaml");
        if (Environment.UserName == "root")
        {
            // Root reads every ordinary file; a write-only sysctl (mode 0200) is one that root too is refused.
            const string writeOnly = "/proc/sys/vm/compact_memory";
            Assert.True(File.Exists(writeOnly), $"{writeOnly} is the unreadable file this test needs when run as root");
            File.CreateSymbolicLink(locked, writeOnly);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.WriteAllText(locked, "name: x\n");
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        Assert.Equal($"{locked}:1:1: file: permission denied", LoadError(locked));
    }

    [Theory]
    [InlineData("/etc/shadow", "'/etc/shadow' is an absolute path")]
    [InlineData("../../../../../../etc/hostname", "outside the scenario's folder")]
    [InlineData("templates/out.json", "outside the scenario's folder")]
    [InlineData("templates/fifo.json", "file 'templates/fifo.json' is a FIFO (named pipe), not a regular file")]
    [InlineData("templates/zero.json", "resolves to /dev/zero, outside the scenario's folder")]
    [InlineData("templates/big.json", "is larger than 256 KiB")]
    public void A_template_must_be_a_regular_file_inside_the_scenario_folder(string template, string message)
    {
        using var file = new ScenarioFile(Header + $"  - {{ at: 0, as: mallory, do: createEnterprisePolicy, template: \"{template}\" }}\n");
        var templates = Directory.CreateDirectory(Path.Combine(file.Folder, "templates")).FullName;
        File.CreateSymbolicLink(Path.Combine(templates, "out.json"), "/etc/hostname");
        File.CreateSymbolicLink(Path.Combine(templates, "zero.json"), "/dev/zero");
        File.WriteAllText(Path.Combine(templates, "big.json"), new string(' ', ScenarioLimits.TemplateFileBytes + 1));
        FileSystemItems.MakeFifo(Path.Combine(templates, "fifo.json"));

        var error = Only(file);

        Assert.StartsWith($"{file.At(9, "\"" + template)}: steps[1].template: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_in_a_subfolder_or_through_a_link_inside_the_folder_is_accepted()
    {
        using var file = new ScenarioFile(Header + "  - { at: 0, as: mallory, do: createEnterprisePolicy, template: templates/link.json }\n");
        var templates = Directory.CreateDirectory(Path.Combine(file.Folder, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "real.json"), "{}");
        File.CreateSymbolicLink(Path.Combine(templates, "link.json"), "real.json");

        var step = Assert.Single(ScenarioLoader.Load(file.Path).Steps);

        Assert.EndsWith("templates/real.json", step.Arguments.String("template"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_and_list_refuse_a_FIFO_a_device_link_and_a_link_loop_with_exit_2_and_do_not_hang()
    {
        MakeFifo("pipe.yaml");
        File.CreateSymbolicLink(Path.Combine(folder, "zero.yaml"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder, "loop.yaml"), "loop.yaml");
        Directory.CreateSymbolicLink(Path.Combine(folder, "up"), folder); // a folder loop: must not be walked

        var validate = await CmkSimProcess.RunAsync("validate", folder);
        var list = await CmkSimProcess.RunAsync("list", folder);

        foreach (var result in new[] { validate, list })
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{folder}/pipe.yaml:1:1: file: is a FIFO", result.Error, StringComparison.Ordinal);
            // Found in a folder, a link to /dev/zero points out of it: refused before anything opens it.
            Assert.Contains($"{folder}/zero.yaml:1:1: file: is a link out of the folder", result.Error, StringComparison.Ordinal);
            Assert.Contains($"{folder}/loop.yaml:1:1: file: is a symbolic link loop", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_refuses_a_FIFO_with_exit_2_before_running_anything()
    {
        var fifo = MakeFifo("pipe.yaml");

        var run = await CmkSimProcess.RunAsync("run", fifo, "--out", Path.Combine(folder, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{fifo}:1:1: file: is a FIFO", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Theory]
    [InlineData("validate", "abc")]
    [InlineData("validate", "2147483647")]
    [InlineData("run", "0")]
    [InlineData("run", "-3")]
    [InlineData("run", "99999999999999999999")]
    public async Task A_bad_scale_exits_2_naming_the_option(string command, string scale)
    {
        var result = await CmkSimProcess.RunAsync(command, "--scale", scale, Path.Combine(folder, "none.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--scale: '{scale}' is not a whole number from 1 to 1000", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_on_a_folder_without_scenarios_exits_2_like_run()
    {
        var result = await CmkSimProcess.RunAsync("validate", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no *.yaml or *.yml files", result.Error, StringComparison.Ordinal);
    }

    private static string LoadError(string path)
    {
        var errors = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(path)).Errors;
        return Assert.Single(errors).ToString();
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(folder, name);
        FileSystemItems.MakeFifo(path);
        return path;
    }
}
