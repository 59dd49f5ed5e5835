using System.Runtime.Versioning;
using Intake.Bundles;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Export;

/// <summary>
/// The export key is the server's identity to the reviewers: made once by `intake serve`,
/// private to the service user, and never replaced by a later start (a new key would make
/// reviewers refuse every bundle).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ExportKeyTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task Serve_makes_a_private_export_key_at_its_first_start_and_keeps_it_across_restarts()
    {
        using var directory = new TempDirectory("export-key");
        var data = directory.NewPath("data");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);
        var keyFile = Path.Combine(data, "export-signing.key");
        Assert.False(File.Exists(keyFile), "adding a recipient already made the export key");

        var first = await StartAndStopAsync(data, () => File.ReadAllBytes(keyFile));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(keyFile));
        Assert.Equal(32, first.Length);
        var second = await StartAndStopAsync(data, () => File.ReadAllBytes(keyFile));

        Assert.Equal(first, second);
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(keyFile));
        Assert.False(File.Exists(keyFile + ".new"), "the key's temporary file was left behind");
        using var key = ExportSigningKey.FromSeed(first);
        var shown = IntakeCommand.Run("export", "--show-key", "--data", data).EnsureSuccess().StdoutText.Split('\n');
        Assert.Equal(key.PublicKey, ExportPublicKey.Parse(shown[0]));
        Assert.Contains(key.PublicKey.KeyId, shown[1], StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(keyFile));
    }

    [Fact]
    public void A_damaged_key_file_is_refused_not_replaced()
    {
        using var directory = new TempDirectory("export-key");
        var data = directory.NewPath("data");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);
        var keyFile = Path.Combine(data, "export-signing.key");
        File.WriteAllBytes(keyFile, new byte[31]);

        var result = IntakeCommand.Run("export", "--show-key", "--data", data);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("is not an export key", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(new byte[31], File.ReadAllBytes(keyFile));
    }

    private static async Task<byte[]> StartAndStopAsync(string data, Func<byte[]> whileRunning)
    {
        await using var server = await ServerProcess.StartAsync(data, new Dictionary<string, string?>());
        var seen = whileRunning();
        Assert.Equal(0, (await server.StopAsync()).ExitCode);
        return seen;
    }
}
