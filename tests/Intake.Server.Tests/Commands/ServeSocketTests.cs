using System.Net;
using System.Runtime.Versioning;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Commands;

/// <summary>
/// `intake serve --socket PATH`, as the systemd unit runs it: Tor reaches the service through
/// the socket as the socket's group, so the socket is 0660 even under the unit's UMask=0077.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ServeSocketTests
{
    [Fact]
    public async Task The_socket_serves_the_form_and_only_its_owner_and_group_may_connect()
    {
        using var directory = new TempDirectory("serve-socket");
        var data = directory.NewPath("data");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);
        var socket = directory.NewPath("intake.sock");

        await using var server = await ServerProcess.StartOnSocketAsync(data, socket);
        using var client = UnixSocketHttp.Client(socket);
        using var response = await client.GetAsync(new Uri("http://intake.onion/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite,
            File.GetUnixFileMode(socket));
        Assert.Equal(0, (await server.StopAsync()).ExitCode);
    }
}
