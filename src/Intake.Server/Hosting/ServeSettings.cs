using System.Net;

namespace Intake.Server.Hosting;

/// <summary>How `intake serve` was asked to run: where the data is and where to listen.</summary>
public sealed record ServeSettings(string DataDirectory, string? SocketPath, IPEndPoint? Listen, string? QuestionnairePath)
{
    /// <summary>Checks the binding: a Unix socket, or a loopback address unless public addresses are allowed.</summary>
    public void CheckBinding(bool allowPublicAddress)
    {
        if ((SocketPath is null) == (Listen is null))
        {
            throw new ArgumentException("Give exactly one of --socket PATH (for Tor) or --listen 127.0.0.1:PORT.");
        }
        if (Listen is not null && !IPAddress.IsLoopback(Listen.Address) && !allowPublicAddress)
        {
            throw new ArgumentException(
                $"Refusing to listen on {Listen.Address}: sources must reach this service only through Tor. Listen on a Unix socket or 127.0.0.1, or pass --allow-public-address if you really mean it.");
        }
    }
}
