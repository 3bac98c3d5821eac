namespace CmkSim.Contracts.Hsm;

/// <summary>Wall-clock latencies of a token's wrap and unwrap calls, in microseconds (for reports, never for results).</summary>
[GenerateSerializer, Immutable]
public sealed record HsmLatencies([property: Id(0)] IReadOnlyList<double> WrapMicroseconds, [property: Id(1)] IReadOnlyList<double> UnwrapMicroseconds);
