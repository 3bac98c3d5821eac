namespace CmkSim.Domain.Hsm;

/// <summary>Wall-clock latencies of a token's wrap and unwrap calls, in microseconds (for reports, never for results).</summary>
public sealed record HsmLatencies(IReadOnlyList<double> WrapMicroseconds, IReadOnlyList<double> UnwrapMicroseconds);
