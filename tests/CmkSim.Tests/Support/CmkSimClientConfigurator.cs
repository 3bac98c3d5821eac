using CmkSim.Contracts;
using CmkSim.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace CmkSim.Tests.Support;

/// <summary>The test cluster's client reads CmkSim's exceptions as the silos write them.</summary>
public sealed class CmkSimClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.ConfigureServices(services => services.AddCmkSimSerialization());
}
