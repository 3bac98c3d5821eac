using CmkSim.Tests.Support;

namespace CmkSim.Tests.Cluster;

/// <summary>Cluster options: bad input exits 2 with one clear line, an unreachable Redis exits 3, before anything starts.</summary>
public sealed class ClusterArgumentTests
{
    [Theory]
    [InlineData("--cluster: 'http://127.0.0.1:6379' is not a redis://HOST:PORT address", "silo", "--cluster", "http://127.0.0.1:6379")]
    [InlineData("names no port", "silo", "--cluster", "redis://127.0.0.1")]
    [InlineData("--cluster-id: 'a b' is not", "silo", "--cluster", "redis://127.0.0.1:6379", "--cluster-id", "a b")]
    [InlineData("--port: '70000' is not a port", "silo", "--cluster", "redis://127.0.0.1:6379", "--port", "70000")]
    [InlineData("--cluster-id needs --cluster", "load", "--environments", "10", "--cluster-id", "x")]
    [InlineData("--cluster needs --cluster-id ID", "load", "--environments", "10", "--cluster", "redis://127.0.0.1:6379")]
    [InlineData("--silos: '0' is not a whole number from 1 to 16", "load", "--environments", "10", "--silos", "0")]
    [InlineData("don't go together", "load", "--silos", "2", "--cluster", "redis://127.0.0.1:6379", "--cluster-id", "x")]
    public async Task Bad_cluster_arguments_exit_2_with_one_line(string expected, params string[] args)
    {
        var result = await CmkSimProcess.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task A_silo_whose_Redis_does_not_answer_exits_3_with_one_line()
    {
        // A port nothing listens on: the OS picked it and we closed it.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await CmkSimProcess.RunAsync("silo", "--cluster", $"redis://127.0.0.1:{port}", "--cluster-id", "unreachable");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"cannot reach Redis at redis://127.0.0.1:{port}", line);
    }
}
