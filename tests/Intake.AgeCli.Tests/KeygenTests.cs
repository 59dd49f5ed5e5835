using System.Text.RegularExpressions;
using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>`intake-age keygen` writes age-keygen style files, and `keygen -y` reads them back.</summary>
public sealed partial class KeygenTests : IDisposable
{
    private readonly TempDirectory _directory = new("age");

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(false, "age1", "AGE-SECRET-KEY-1")]
    [InlineData(true, "age1pq1", "AGE-SECRET-KEY-PQ-1")]
    public void Keygen_writes_an_age_keygen_style_file_and_names_its_public_key(bool postQuantum, string recipientPrefix, string identityPrefix)
    {
        var path = _directory.File("key.txt");
        string[] arguments = postQuantum ? ["keygen", "--pq", "-o", path] : ["keygen", "-o", path];

        var result = IntakeAge.Run(arguments).EnsureSuccess();

        var lines = File.ReadAllLines(path);
        AssertKeyFileLines(lines, recipientPrefix, identityPrefix);
        Assert.Equal($"Public key: {lines[1]["# public key: ".Length..]}", result.Stderr.Trim());
    }

    [Fact]
    public void Keygen_without_output_file_prints_the_key_file()
    {
        var result = IntakeAge.Run("keygen").EnsureSuccess();

        AssertKeyFileLines(result.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries), "age1", "AGE-SECRET-KEY-1");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Keygen_y_prints_the_public_key_of_the_file(bool postQuantum)
    {
        var key = IntakeAge.Keygen(_directory.File("key.txt"), postQuantum);

        var recipients = IntakeAge.Run("keygen", "-y", key.IdentityPath).EnsureSuccess().StdoutText;

        Assert.Equal(key.Recipient + "\n", recipients);
    }

    [Fact]
    public void Keygen_y_agrees_with_age_keygen_y()
    {
        var key = Age.Keygen(_directory.File("key.txt"));

        Assert.Equal(Age.KeygenRecipients(key.IdentityPath), IntakeAge.Run("keygen", "-y", key.IdentityPath).EnsureSuccess().StdoutText);
    }

    [Fact]
    public void Keygen_y_agrees_with_typage_for_a_hybrid_identity()
    {
        var (identity, recipient) = Typage.Keygen(postQuantum: true);
        var key = KeyFile.Write(_directory.File("key.txt"), identity, recipient);

        Assert.Equal(recipient + "\n", IntakeAge.Run("keygen", "-y", key.IdentityPath).EnsureSuccess().StdoutText);
    }

    private static void AssertKeyFileLines(string[] lines, string recipientPrefix, string identityPrefix)
    {
        Assert.Equal(3, lines.Length);
        Assert.Matches(CreatedLine(), lines[0]);
        Assert.StartsWith("# public key: " + recipientPrefix, lines[1], StringComparison.Ordinal);
        Assert.StartsWith(identityPrefix, lines[2], StringComparison.Ordinal);
        // A hybrid recipient also starts with "age1": make sure an X25519 one is not hybrid.
        Assert.Equal(recipientPrefix == "age1pq1", lines[1].StartsWith("# public key: age1pq1", StringComparison.Ordinal));
    }

    // RFC 3339, as age-keygen writes it (Go's time.RFC3339), fractional seconds tolerated.
    [GeneratedRegex(@"^# created: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex CreatedLine();
}
