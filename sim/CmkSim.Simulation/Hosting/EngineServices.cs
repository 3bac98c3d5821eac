using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Simulation.Hosting;

/// <summary>Wires one engine into a silo: its clock, queue and seed become the ports the grains see.</summary>
public static class EngineServices
{
    /// <remarks>Also wires the engine's event time to Orleans' request context (<see cref="EventTimeContext"/>).</remarks>
    public static IServiceCollection AddCmkSim(this IServiceCollection services, HsmOptions hsm, SimulationEngine engine)
    {
        EventTimeContext.Wire(engine);
        return services.AddCmkSim(hsm, new EventTimeContext.Clock(engine),
                provider => new EngineWorkScheduler(engine, provider.GetRequiredService<IGrainFactory>()), engine.Random)
            .AddSingleton(EnvironmentChanges.Of(engine))
            .AddSingleton<IEnvironmentWriteSink>(EnvironmentChanges.Of(engine));
    }
}
