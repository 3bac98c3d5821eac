namespace CmkSim.Reports.Signing;

/// <summary>The signing token folder can't be used as it is (someone else's, readable by others, not ours): invalid input, exit 2.</summary>
public sealed class SigningTokenException(string message) : Exception(message);
