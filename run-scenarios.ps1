#!/usr/bin/env pwsh
<#
.SYNOPSIS
    CmkSim's main job on the embedded default: build once, then run it.
.DESCRIPTION
    Today the main job is the smoke run (embedded Orleans silo, SoftHSM2 tokens, real keys, wrap/unwrap, encrypted
    records, timings). It grows into "run every scenario in scenarios/ and write the reports" as the scenario engine
    lands. Run as: dotnet pwsh run-scenarios.ps1 [-Records N] [-KeySize 2048|3072|4096]
#>
param(
    [int] $Records = 1000,
    [ValidateSet(2048, 3072, 4096)] [int] $KeySize = 2048
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

dotnet build sim/CmkSim.Cli/CmkSim.Cli.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
if ($LASTEXITCODE -ne 0) { Write-Error "build failed"; exit $LASTEXITCODE }

dotnet sim/CmkSim.Cli/bin/Release/net10.0/cmksim.dll smoke --records $Records --key-size $KeySize
exit $LASTEXITCODE
