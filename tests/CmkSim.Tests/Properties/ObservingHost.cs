using System.Collections.Concurrent;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Hsm;
using CmkSim.Contracts.Vaults;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Engine.Scheduling;
using CmkSim.Scenarios.Model;
using CmkSim.Simulation.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

namespace CmkSim.Tests.Properties;

/// <summary>What one environment showed right after a step: its view, and a read of every record by each reader.</summary>
public sealed record EnvironmentObservation(EnvironmentView View, IReadOnlyDictionary<string, ReadOutcome> Reads);

/// <summary>The world right after step <see cref="Step"/> (0 = before the first step).</summary>
public sealed record Observation(int Step, DateTimeOffset At, IReadOnlyDictionary<string, EnvironmentObservation> Environments);

/// <summary>
/// A test's own embedded silo for one run (the product's, plus three test hooks): an incoming grain-call filter that
/// collects every data key the HSM grains wrap or unwrap in the clear, a grain-storage serializer that keeps every
/// state blob written, and engine events one second after each step that observe every environment (the readers:
/// the platform and every tenant user). Nothing here changes what the grains decide.
/// </summary>
public sealed class ObservingHost : IGrainHost
{
    /// <summary>An observation lands this long after its step; generated steps are at least a minute apart.</summary>
    public static readonly TimeSpan ObserveAfter = TimeSpan.FromSeconds(1);

    private readonly IHost _host;

    private ObservingHost(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<ObservingHost> StartAsync(SimulationEngine engine, HsmOptions hsm, Captured captured, CancellationToken cancellation)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
        builder.Services.AddCmkSim(hsm, engine);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort(), FreePort())
            .AddMemoryGrainStorageAsDefault(options => options.Configure<Serializer>((storage, serializer) =>
                storage.GrainStorageSerializer = new KeepingSerializer(new OrleansGrainStorageSerializer(serializer), captured)))
            .AddIncomingGrainCallFilter(async context =>
            {
                await context.Invoke();
                // Wrap's argument and Unwrap's result are data keys in the clear: what must never be written anywhere.
                // The vaults wrap and unwrap on their tokens in process; other callers go through the HSM grain.
                var method = context.InterfaceMethod;
                if (method?.DeclaringType == typeof(IKeyVaultGrain))
                {
                    if (method.Name == nameof(IKeyVaultGrain.WrapKeyAsync) && context.Request.GetArgument(3) is byte[] key)
                    {
                        captured.DataKeys.Add(key.ToArray());
                    }
                    else if (method.Name == nameof(IKeyVaultGrain.UnwrapKeyAsync) && context.Result is KeyVaultResult<UnwrapResult> { Value: { } unwrapped })
                    {
                        captured.DataKeys.Add(unwrapped.Key.ToArray());
                    }
                }
                else if (method?.DeclaringType == typeof(IHsmGrain))
                {
                    if (method.Name == nameof(IHsmGrain.WrapAsync) && context.Request.GetArgument(2) is byte[] key)
                    {
                        captured.DataKeys.Add(key.ToArray());
                    }
                    else if (method.Name == nameof(IHsmGrain.UnwrapAsync) && context.Result is byte[] unwrapped)
                    {
                        captured.DataKeys.Add(unwrapped.ToArray());
                    }
                }
            }));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
            return new ObservingHost(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Schedules the observations (baseline, then one after each step) on the run's engine, before it runs.</summary>
    public static void ScheduleObservations(SimulationEngine engine, Func<IGrainFactory> grains, GeneratedRun run, Captured captured)
    {
        var start = engine.Now;
        var at = TimeSpan.Zero;
        var environments = PropertyTenant.Environments.Take(run.Environments).Select(e => e.Name).ToList();
        for (var i = 0; i <= run.Steps.Count; i++)
        {
            at += i == 0 ? TimeSpan.Zero : run.Steps[i - 1].Gap;
            var step = i;
            var due = start + at + ObserveAfter;
            engine.Schedule(due, "property-test", "observe", async _ =>
                captured.Observations.Add(await ObserveAsync(grains(), step, due, environments)));
        }
    }

    private static async Task<Observation> ObserveAsync(IGrainFactory grains, int step, DateTimeOffset at, IReadOnlyList<string> environments)
    {
        var seen = new Dictionary<string, EnvironmentObservation>();
        foreach (var name in environments)
        {
            var env = grains.GetGrain<IEnvironmentGrain>(name);
            var view = await env.GetAsync();
            var reads = new Dictionary<string, ReadOutcome>();
            foreach (var reader in PropertyTenant.Users.Prepend(ReservedActors.Platform))
            {
                reads[reader] = await env.ReadRecordsAsync(reader);
            }

            seen[name] = new EnvironmentObservation(view, reads);
        }

        return new Observation(step, at, seen);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    /// <summary>Every state blob goes through the product's serializer unchanged; a copy is kept to be scanned.</summary>
    private sealed class KeepingSerializer(IGrainStorageSerializer inner, Captured captured) : IGrainStorageSerializer
    {
        public BinaryData Serialize<T>(T? input)
        {
            var data = inner.Serialize(input);
            captured.StateBlobs.Add(data.ToArray());
            return data;
        }

        public T Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input)!;
    }
}

/// <summary>What the test hooks of one run collected.</summary>
public sealed class Captured
{
    public ConcurrentBag<byte[]> DataKeys { get; } = [];

    public ConcurrentBag<byte[]> StateBlobs { get; } = [];

    public ConcurrentBag<Observation> Observations { get; } = [];
}
