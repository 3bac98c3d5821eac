using Microsoft.Extensions.Hosting;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// Start and stop are the caller's: no signal handling, no waiting for a shutdown request. The CLI owns SIGINT/SIGTERM;
/// the default ConsoleLifetime would swallow them (StopApplication, which nothing awaits).
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
