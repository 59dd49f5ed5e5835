using System.Runtime.Versioning;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// A data directory as a deployment has it: a reviewer key added, `intake serve` started
/// (which makes the export key), the form served once (which makes the antiforgery key ring),
/// then stopped. Tests check copies of it, each with one thing broken.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DeployedDataDirectory : IAsyncLifetime, IDisposable
{
    /// <summary>What deploy/install.sh adds to Tor's configuration, with the service's default socket.</summary>
    public const string GoodTorrc = """
        # Testimonio onion service
        HiddenServiceDir /var/lib/tor/intake/
        HiddenServicePort 80 unix:/run/intake/intake.sock
        HiddenServicePoWDefensesEnabled 1

        """;

    private readonly TempDirectory _root = new("doctor-template");

    public string Data => _root.File("data");

    public async Task InitializeAsync()
    {
        IntakeCommand.AddRecipient(Data, DemoReviewer.Recipient);
        await using var server = await ServerProcess.StartAsync(Data, new Dictionary<string, string?>());
        using var browser = new Browser(server.BaseAddress);
        await browser.LoadFormAsync();
        Assert.Equal(0, (await server.StopAsync()).ExitCode);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Data, "keys")));
    }

    /// <summary>A private copy of the data directory and a good torrc beside it.</summary>
    internal (string Data, string Torrc) Copy(TempDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var torrc = Path.Combine(directory.CreateSubdirectory("tor"), "torrc");
        File.WriteAllText(torrc, GoodTorrc);
        return (DataDirectoryCopy.Copy(Data, directory.NewPath("data")), torrc);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _root.Dispose();
}
