using CmkSim.Engine.Time;

namespace CmkSim.Tests.Engine;

public sealed class SimDurationTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("0s", 0L)]
    [InlineData("90s", 90L)]
    [InlineData("5m", 300L)]
    [InlineData("2h", 7_200L)]
    [InlineData("4d", 345_600L)]
    [InlineData("28d12h", 2_462_400L)]
    [InlineData("10d1m", 864_060L)]
    [InlineData("1w", 604_800L)]
    [InlineData("1w2d3h4m5s", 788_645L)]
    [InlineData(" 2h ", 7_200L)]
    [InlineData("P90D", 7_776_000L)]
    [InlineData("PT24H", 86_400L)]
    [InlineData("P1Y", 31_536_000L)]
    [InlineData("P1M", 2_592_000L)]
    [InlineData("P2W", 1_209_600L)]
    [InlineData("P1DT12H", 129_600L)]
    [InlineData("PT1H30M15S", 5_415L)]
    [InlineData("PT5M", 300L)]
    public void Parses(string text, long seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), SimDuration.Parse(text));
        Assert.True(SimDuration.TryParse(text, out var parsed, out var error));
        Assert.Equal(TimeSpan.FromSeconds(seconds), parsed);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("5", "no unit")]
    [InlineData("d", "a number was expected")]
    [InlineData("5x", "'x' is not a unit")]
    [InlineData("2h1d", "out of order")]
    [InlineData("1h1h", "repeated")]
    [InlineData("1.5h", "'.' is not a unit")]
    [InlineData("-1h", "a number was expected")]
    [InlineData("1d 2h", "a number was expected")]
    [InlineData("P", "at least one amount")]
    [InlineData("PT", "'T' must be followed")]
    [InlineData("P1H", "'H' is not a unit")]
    [InlineData("PT1D", "'D' is not a unit")]
    [InlineData("P1D2Y", "out of order")]
    [InlineData("p90d", "a number was expected")]
    [InlineData("99999999999999999999d", "too long")]
    [InlineData("9999999999999w", "too long")]
    public void Refuses_and_says_what_was_expected(string text, string reason)
    {
        Assert.False(SimDuration.TryParse(text, out _, out var error));
        Assert.Contains(SimDuration.Expected, error);
        Assert.Contains(reason, error);
        var failure = Assert.Throws<FormatException>(() => SimDuration.Parse(text));
        Assert.Equal(error, failure.Message);
    }

    [Fact]
    public void Refuses_null()
    {
        Assert.False(SimDuration.TryParse(null, out _));
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(90L, "1m30s")]
    [InlineData(7_200L, "2h")]
    [InlineData(2_462_400L, "28d12h")]
    [InlineData(864_060L, "10d1m")]
    [InlineData(604_800L, "7d")]
    [InlineData(31_536_000L, "365d")]
    [InlineData(93_784L, "1d2h3m4s")]
    public void Formats_compactly_and_round_trips(long seconds, string text)
    {
        var duration = TimeSpan.FromSeconds(seconds);

        Assert.Equal(text, SimDuration.Format(duration));
        Assert.Equal(duration, SimDuration.Parse(SimDuration.Format(duration)));
    }

    [Fact]
    public void Refuses_to_format_what_it_could_not_parse_back()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SimDuration.Format(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SimDuration.Format(TimeSpan.FromMilliseconds(1500)));
    }
}
