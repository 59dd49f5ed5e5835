using System.Net.Sockets;

namespace Intake.Testing;

/// <summary>HTTP to a server listening on a Unix socket, as Tor reaches the intake service.</summary>
public static class UnixSocketHttp
{
    /// <summary>A client whose every connection goes to <paramref name="socketPath"/>, whatever the URL's host.</summary>
    public static HttpClient Client(string socketPath) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    });
}
