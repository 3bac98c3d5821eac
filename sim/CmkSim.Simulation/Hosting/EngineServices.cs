using CmkSim.Crypto.Hsm;
using CmkSim.Engine.Scheduling;
using CmkSim.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CmkSim.Simulation.Hosting;

/// <summary>Wires one engine into a silo: its clock, queue and seed become the ports the grains see.</summary>
public static class EngineServices
{
    public static IServiceCollection AddCmkSim(this IServiceCollection services, HsmOptions hsm, SimulationEngine engine) =>
        services.AddCmkSim(hsm, engine.Clock, engine, engine.Random);
}
