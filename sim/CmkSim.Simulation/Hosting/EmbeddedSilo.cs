using CmkSim.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CmkSim.Simulation.Hosting;

/// <summary>
/// The one place the CLI hosts Orleans: an in-process silo with localhost clustering and in-memory grain storage,
/// reached through <see cref="IGrainFactory"/>.
/// </summary>
public sealed class EmbeddedSilo : IGrainHost
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <summary>The default host of a run: one embedded silo.</summary>
    public static GrainHostFactory Factory { get; } = async (engine, hsm, cancellation) =>
        await StartAsync(new SiloHostOptions { Hsm = hsm, Engine = engine }, cancellation);

    public static async Task<EmbeddedSilo> StartAsync(SiloHostOptions options, CancellationToken cancellation = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // Orleans' start-up advice (server GC and the like) is noise to a CLI user; errors still show.
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error).AddSimpleConsole();
        builder.Services.AddCmkSim(options.Hsm, options.Engine);
        var siloPort = options.SiloPort == 0 ? FreePorts.Next() : options.SiloPort;
        var gatewayPort = options.GatewayPort == 0 ? FreePorts.Next() : options.GatewayPort;
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, gatewayPort)
            .AddCmkSimLiveStateStorage()
            .KeepActivationsForTheRun()
            .AddIncomingGrainCallFilter<GrainCallCounter>()); // counts the calls a load run's bound prices
        // The CLI owns SIGINT/SIGTERM: the default ConsoleLifetime would swallow them (StopApplication, which nothing awaits).
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        var host = builder.Build();
        try
        {
            // Load the HSM before the silo starts, so a missing library or wrong PIN stops the run before anything runs.
            host.Services.GetRequiredService<CmkSim.Crypto.Hsm.SoftHsm>();
            await host.StartAsync(cancellation);
            return new EmbeddedSilo(host);
        }
        catch
        {
            // A start that fails or is cancelled still releases the HSM (and with it the run's token directory).
            await StopQuietlyAsync(host);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static async Task StopQuietlyAsync(IHost host)
    {
        try
        {
            await host.StopAsync();
        }
        catch (Exception)
        {
            // Whatever stopping a half-started silo throws, the start's own exception is the one to report.
        }
        finally
        {
            host.Dispose();
        }
    }
}
