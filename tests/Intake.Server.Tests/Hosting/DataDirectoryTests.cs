using System.Net;
using System.Runtime.Versioning;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Hosting;

/// <summary>The data directory and everything the server writes in it are the service user's alone.</summary>
public sealed class DataDirectoryTests
{
    private const UnixFileMode OwnerDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_directories_are_0700_and_every_file_0600_while_the_server_runs()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        var page = await browser.PostAsync("/submit?lang=es", FormAnswers.Minimal(await browser.LoadFormAsync()).File("a.txt", "text/plain", "a"u8.ToArray()));
        Assert.True(page.Status == HttpStatusCode.SeeOther, page.ToString());

        var directories = Directory.GetDirectories(host.DataDirectory, "*", SearchOption.AllDirectories).Prepend(host.DataDirectory).ToList();
        var files = Directory.GetFiles(host.DataDirectory, "*", SearchOption.AllDirectories);

        Assert.Contains(files, f => f.EndsWith("intake.db-wal", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetDirectoryName(f)!.EndsWith("keys", StringComparison.Ordinal));
        Assert.All(directories, d => Assert.True(File.GetUnixFileMode(d) == OwnerDirectory, $"{d} has mode {File.GetUnixFileMode(d)}"));
        Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == OwnerFile, $"{f} has mode {File.GetUnixFileMode(f)}"));
    }
}
