using CmkSim.Domain.Environments;

namespace CmkSim.Scenarios.Model;

/// <summary>
/// At a virtual time, the operation a runbook step answered with (202 Accepted, bound by the step's
/// <c>operation:</c> argument) has <see cref="Status"/>, as polling it would show: Running, Succeeded or Failed.
/// </summary>
public sealed record OperationExpectation(SourceLocation Location, TimeSpan At, string Operation, OperationStatus Status) : Expectation(Location);
