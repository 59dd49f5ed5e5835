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
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly TempDirectory _root = new("doctor-template");

    public static string RepositoryUnit => Path.Combine(RepositoryPaths.Root, "deploy", "systemd", "intake.service");

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

    /// <summary>
    /// A private copy of the data directory with everything around it as deployed. Unless
    /// <paramref name="listening"/> is false (the test then starts `intake serve --socket`), a
    /// socket bound here stands in for the service's.
    /// </summary>
    internal Deployment Copy(TempDirectory directory, bool listening = true)
    {
        ArgumentNullException.ThrowIfNull(directory);
        DataDirectoryCopy.Copy(Data, directory.NewPath("data"));
        directory.CreateSubdirectory("run");
        var deployment = new Deployment(directory.Path);
        WriteTor(deployment);
        Directory.CreateDirectory(Path.GetDirectoryName(deployment.Unit)!);
        File.Copy(RepositoryUnit, deployment.Unit);
        if (listening)
        {
            deployment.Listen();
        }

        return deployment;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _root.Dispose();

    // Tor runs as this test's user here, so the onion directory it "made" is this user's.
    private static void WriteTor(Deployment deployment)
    {
        var fragments = Directory.CreateDirectory(Path.GetDirectoryName(deployment.TorFragment)!).FullName;
        File.WriteAllText(deployment.Torrc, $"User {Environment.UserName}\nDataDirectory {deployment.TorData}\n%include {fragments}/*.conf\n");
        File.WriteAllText(deployment.TorFragment, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "tor", "intake.conf"))
            .Replace("/var/lib/tor/intake/", deployment.OnionDirectory + "/", StringComparison.Ordinal)
            .Replace("/run/intake/intake.sock", deployment.Socket, StringComparison.Ordinal));
        Directory.CreateDirectory(deployment.TorData, OwnerOnly);
        var now = DateTimeOffset.UtcNow;
        File.WriteAllText(deployment.Consensus, ConsensusFile.Text(now.AddMinutes(-30), now.AddHours(2.5)));
        Directory.CreateDirectory(deployment.OnionDirectory, OwnerOnly);
        File.WriteAllText(Path.Combine(deployment.OnionDirectory, "hostname"), "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion\n");
    }
}
