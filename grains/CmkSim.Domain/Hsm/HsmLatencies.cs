namespace CmkSim.Domain.Hsm;

/// <summary>
/// Wall-clock latencies of a token's wrap and unwrap calls, in microseconds (a bounded sample, for reports, never for
/// results), and how many calls there were in all (a load test's bound is computed from the counts).
/// </summary>
public sealed record HsmLatencies(IReadOnlyList<double> WrapMicroseconds, IReadOnlyList<double> UnwrapMicroseconds, long Wraps = 0, long Unwraps = 0);
