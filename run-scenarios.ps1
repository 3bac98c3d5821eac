#!/usr/bin/env pwsh
<#
.SYNOPSIS
    CmkSim's main job: build once, run every scenario, write the signed reports and an index.
.DESCRIPTION
    Runs the scenarios in scenarios/ (or -Scenario) on the embedded silo, one line per scenario, and writes
    <Out>/<scenario>/report.html (+ report.md, results.json, junit.xml, audit.jsonl, plots, manifest.json) and
    <Out>/index.html. Exits 0 when every expectation holds, 1 when one fails, 2 for invalid input.
.EXAMPLE
    dotnet pwsh run-scenarios.ps1
    dotnet pwsh run-scenarios.ps1 -Scenario scenarios/02-malicious-admin-unlock.yaml -Out out/lockout -Seed 9
    dotnet pwsh run-scenarios.ps1 -Scenario scenarios/16-large-mixed-tenant.yaml -Scale 10
#>
param(
    [string[]] $Scenario = @('scenarios'),
    [string] $Out = 'out',
    [Nullable[long]] $Seed = $null,
    [ValidateRange(1, 1000)] [int] $Scale = 1
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

$build = dotnet build sim/CmkSim.Cli/CmkSim.Cli.csproj -c Release --nologo -v quiet 2>&1
if ($LASTEXITCODE -ne 0) { $build | Write-Output; Write-Error "build failed"; exit $LASTEXITCODE }

# From bash, "-Scenario a.yaml,b.yaml" arrives as one string: split it.
$paths = $Scenario | ForEach-Object { $_ -split ',' } | Where-Object { $_ }
$arguments = @('sim/CmkSim.Cli/bin/Release/net10.0/cmksim.dll', 'run') + $paths + @('--out', $Out, '--scale', $Scale)
if ($null -ne $Seed) { $arguments += @('--seed', $Seed) }
dotnet @arguments
$code = $LASTEXITCODE
if ($code -eq 0) { Write-Output "all scenarios passed; open $Out/index.html" }
exit $code
