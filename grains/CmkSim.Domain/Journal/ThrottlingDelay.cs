namespace CmkSim.Domain.Journal;

/// <summary>
/// What Key Vault's throttling cost an effect event (a re-enable, a roll-out, a lock, an encryption): how many 429s
/// its key calls met and the simulated time the back-off added before it could complete.
/// </summary>
public sealed record ThrottlingDelay(int Rejections, TimeSpan Added);
