using System.Net;
using System.Net.Sockets;

namespace CmkSim.Simulation.Hosting;

/// <summary>A loopback port free right now (the OS picks it), for silos and the run's own Redis.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
