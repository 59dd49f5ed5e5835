using System.Globalization;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Commands;

/// <summary>
/// `intake recipients add | list | remove`, run as the operator runs them. A secret key pasted
/// by mistake is refused, never repeated on the terminal and never written anywhere.
/// </summary>
public sealed class RecipientsCommandTests
{
    [Fact]
    public void A_classic_secret_key_is_refused_and_neither_echoed_nor_stored()
    {
        using var directory = new TempDirectory("recipients");
        var data = directory.NewPath("data");
        var existing = AgeTool.Keygen().Recipient;
        IntakeCommand.AddRecipient(data, existing);
        var (secret, _) = AgeTool.Keygen();

        AssertSecretRefused(data, secret, existing);
    }

    [Fact]
    public void A_post_quantum_secret_key_is_refused_and_neither_echoed_nor_stored()
    {
        using var directory = new TempDirectory("recipients");
        var data = directory.NewPath("data");
        var existing = IntakeAgeTool.Keygen(directory.File("existing.key"), postQuantum: true).Recipient;
        IntakeCommand.AddRecipient(data, existing);
        var secret = IntakeAgeTool.Keygen(directory.File("pasted.key"), postQuantum: true).Secret;
        File.Delete(directory.File("pasted.key"));

        AssertSecretRefused(data, secret, existing);
    }

    [Fact]
    public void A_classic_key_beside_post_quantum_keys_is_refused_with_the_reason()
    {
        using var directory = new TempDirectory("recipients");
        var data = directory.NewPath("data");
        var postQuantum = IntakeAgeTool.Keygen(directory.File("pq.key"), postQuantum: true).Recipient;
        IntakeCommand.AddRecipient(data, postQuantum);
        var classic = AgeTool.Keygen().Recipient;

        var result = IntakeCommand.Run("recipients", "add", classic, "--data", data);

        Assert.True(result.ExitCode == 1, result.ToString());
        AssertOneLine(result.Stderr);
        Assert.Contains("post-quantum keys", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("classic X25519 key", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("quantum computer", result.Stderr, StringComparison.Ordinal);
        Assert.Equal([postQuantum], ListedKeys(data));
    }

    [Fact]
    public void A_post_quantum_key_beside_classic_keys_is_refused_with_the_reason()
    {
        using var directory = new TempDirectory("recipients");
        var data = directory.NewPath("data");
        var classic = AgeTool.Keygen().Recipient;
        IntakeCommand.AddRecipient(data, classic);
        var postQuantum = IntakeAgeTool.Keygen(directory.File("pq.key"), postQuantum: true).Recipient;

        var result = IntakeCommand.Run("recipients", "add", postQuantum, "--data", data);

        Assert.True(result.ExitCode == 1, result.ToString());
        AssertOneLine(result.Stderr);
        Assert.Contains("classic X25519 keys", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("breakable through the classic keys", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("intake recipients remove", result.Stderr, StringComparison.Ordinal);
        Assert.Equal([classic], ListedKeys(data));
    }

    [Fact]
    public void Keys_are_added_listed_and_removed()
    {
        using var directory = new TempDirectory("recipients");
        var data = directory.NewPath("data");
        var first = AgeTool.Keygen().Recipient;
        var second = AgeTool.Keygen().Recipient;
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(
            "Added reviewer key 1 (Ana, coordinación). New testimonies are encrypted to 1 key(s).\n",
            IntakeCommand.Run("recipients", "add", first, "--label", "Ana, coordinación", "--data", data).EnsureSuccess().StdoutText);
        Assert.Equal(
            "Added reviewer key 2. New testimonies are encrypted to 2 key(s).\n",
            IntakeCommand.Run("recipients", "add", second, "--data", data).EnsureSuccess().StdoutText);
        var duplicate = IntakeCommand.Run("recipients", "add", first, "--data", data);
        Assert.True(duplicate.ExitCode == 1, duplicate.ToString());
        AssertOneLine(duplicate.Stderr);

        var listed = IntakeCommand.Run("recipients", "list", "--data", data).EnsureSuccess().StdoutText;
        var todayAfter = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(listed, new[] { today, todayAfter }.Select(day => $"1\t{day}\tAna, coordinación\t{first}\n2\t{day}\t-\t{second}\n"));

        Assert.Equal("Removed reviewer key 1.\n", IntakeCommand.Run("recipients", "remove", "1", "--data", data).EnsureSuccess().StdoutText);
        Assert.Equal([second], ListedKeys(data));
        var again = IntakeCommand.Run("recipients", "remove", "1", "--data", data);
        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.Equal("intake: There is no reviewer key 1: see intake recipients list.", again.Stderr.TrimEnd('\n'));

        IntakeCommand.Run("recipients", "remove", "2", "--data", data).EnsureSuccess();
        Assert.StartsWith("No reviewer keys.", IntakeCommand.Run("recipients", "list", "--data", data).EnsureSuccess().StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_that_is_not_a_key_is_refused_in_one_line()
    {
        using var directory = new TempDirectory("recipients");
        var data = directory.NewPath("data");

        var result = IntakeCommand.Run("recipients", "add", "age1notakey", "--data", data);

        Assert.True(result.ExitCode == 1, result.ToString());
        AssertOneLine(result.Stderr);
        Assert.StartsWith("intake: ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(ListedKeys(data));
    }

    private static void AssertSecretRefused(string data, string secret, string existing)
    {
        var result = IntakeCommand.Run("recipients", "add", secret, "--label", "pasted", "--data", data);

        Assert.True(result.ExitCode == 1, $"exit code {result.ExitCode}");
        AssertOneLine(result.Stderr);
        Assert.Contains("secret key", result.Stderr, StringComparison.OrdinalIgnoreCase);
        var pieces = SecretPieces(secret);
        foreach (var piece in pieces)
        {
            Assert.False(result.Stderr.Contains(piece, StringComparison.OrdinalIgnoreCase), "stderr repeats part of the secret key");
            Assert.False(result.StdoutText.Contains(piece, StringComparison.OrdinalIgnoreCase), "stdout repeats part of the secret key");
        }
        Assert.Equal([existing], ListedKeys(data));

        var scan = new LeakScan().Tree(data, [.. pieces, .. pieces.Select(p => p.ToLowerInvariant())]);
        Assert.Contains(scan.Scanned, file => file.EndsWith("intake.db", StringComparison.Ordinal));
        Assert.True(scan.Hits.Count == 0, "the secret key is in the data directory:\n" + string.Join('\n', scan.Hits.Take(5)));
    }

    /// <summary>The secret itself and every 16-character stretch of its key material.</summary>
    private static List<string> SecretPieces(string secret)
    {
        var data = secret[(secret.LastIndexOf('1') + 1)..];
        return [secret, .. Enumerable.Range(0, data.Length - 15).Select(start => data.Substring(start, 16))];
    }

    private static List<string> ListedKeys(string data) =>
        [.. IntakeCommand.Run("recipients", "list", "--data", data).EnsureSuccess().StdoutText
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith("No reviewer keys", StringComparison.Ordinal))
            .Select(line => line.Split('\t')[3])];

    private static void AssertOneLine(string stderr)
    {
        var text = stderr.TrimEnd('\n');
        Assert.False(string.IsNullOrWhiteSpace(text), "nothing on stderr");
        Assert.DoesNotContain('\n', text);
    }
}
