using System.CommandLine;
using CmkSim.Cli.Commands;

var root = new RootCommand("cmksim: a discrete-event simulation and compliance testbed for Power Platform customer-managed keys");
root.Subcommands.Add(SmokeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
return await root.Parse(args).InvokeAsync();
