using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using Intake.Server.Doctor;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// The scan for age secret keys reads files in blocks; a key must be found wherever it sits,
/// in particular when its prefix is cut in two by a block boundary.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class SecretKeyScanTests
{
    private const int Block = 64 * 1024;

    [Fact]
    public void A_key_is_found_at_every_offset_around_the_first_two_block_boundaries()
    {
        using var directory = new TempDirectory("key-scan");
        var secret = AgeTool.Keygen().Secret;
        var file = directory.File("data.bin");
        // Both 64 KiB multiples and the same plus the prefix's length: whichever way the reader
        // sizes its blocks, some of these offsets cut "AGE-SECRET-KEY-" across two reads.
        var offsets = new[] { Block, 2 * Block }
            .SelectMany(boundary => Enumerable.Range(boundary - 20, 60))
            .Prepend(0)
            .ToList();
        var missed = new List<int>();
        foreach (var offset in offsets)
        {
            File.WriteAllBytes(file, DoctorCommandTests.KeyAt(secret, offset));
            if (SecretKeyScan.Run(directory.Path).Passed)
            {
                missed.Add(offset);
            }
        }

        Assert.True(missed.Count == 0, $"the key was missed at offsets {string.Join(", ", missed)}");
    }

    [Fact]
    public void A_key_that_ends_the_file_is_found()
    {
        using var directory = new TempDirectory("key-scan");
        var secret = Encoding.ASCII.GetBytes(AgeTool.Keygen().Secret);
        var bytes = RandomNumberGenerator.GetBytes(Block + 3);
        directory.Write("tail.bin", [.. bytes, .. secret]);

        Assert.False(SecretKeyScan.Run(directory.Path).Passed);
    }

    [Fact]
    public void A_lower_case_key_in_a_nested_hidden_file_is_found()
    {
        using var directory = new TempDirectory("key-scan");
        var nested = directory.CreateSubdirectory(".cache");
        File.WriteAllText(Path.Combine(nested, ".label"), AgeTool.Keygen().Secret.ToLowerInvariant());

        var result = SecretKeyScan.Run(directory.Path);

        Assert.False(result.Passed);
        Assert.Contains(Path.Combine(nested, ".label"), result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Ciphertext_public_keys_and_large_random_files_pass()
    {
        using var directory = new TempDirectory("key-scan");
        directory.Write("random.bin", RandomNumberGenerator.GetBytes((3 * Block) + 11));
        directory.WriteText("recipient.txt", AgeTool.Keygen().Recipient + "\nAGE-SECRET-KEY is what must never be here\n");

        var result = SecretKeyScan.Run(directory.Path);

        Assert.True(result.Passed, result.ToString());
    }
}
