using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>
/// Tampered files are refused through the CLI: a non-zero exit with one line on stderr, no -o
/// file left behind, and on stdout nothing but whole verified chunks of the plaintext.
/// Each test tries many positions and reports all that were mishandled at once.
/// </summary>
public sealed class TamperTests(TamperFixture file) : IClassFixture<TamperFixture>, IDisposable
{
    private readonly TempDirectory _directory = new("age");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Flipped_header_bytes_are_refused()
    {
        var headerLength = file.Layout.PayloadStart;
        // ~20 positions spread over the whole header (version line, stanza, MAC line), ending on its last newline.
        var positions = Enumerable.Range(0, 20).Select(i => i * (headerLength - 1) / 19).Distinct();

        AssertAllRefused(positions.Select(position => Flipped(position, firstSpoiledChunk: 0)));
    }

    [Fact]
    public void Flipped_payload_bytes_are_refused()
    {
        var layout = file.Layout;
        var positions = new List<int> { layout.PayloadStart, layout.PayloadStart + AgeFileLayout.NonceSize - 1 };
        for (var chunk = 0; chunk <= TamperFixture.LastChunk; chunk++)
        {
            var start = layout.ChunkStart(chunk);
            var end = Math.Min(layout.ChunkStart(chunk + 1), file.Ciphertext.Length);
            // Its first byte, a middle one, the last ciphertext byte and the last tag byte.
            positions.AddRange([start, (start + end) / 2, end - AgeFileLayout.TagSize - 1, end - 1]);
        }

        AssertAllRefused(positions.Select(position => Flipped(position, layout.ChunkOf(position))));
    }

    [Fact]
    public void Truncations_at_chunk_boundaries_are_refused()
    {
        var layout = file.Layout;
        var cases = new List<TamperedFile>
        {
            Truncated(0, firstSpoiledChunk: 0),
            Truncated(layout.PayloadStart, firstSpoiledChunk: 0),
            Truncated(layout.FirstChunkStart, firstSpoiledChunk: 0),
        };
        // Cut before chunk N, the chunks before it are authentic (a decryptor may have written them)
        // but the last of them is not marked last, so the file must still be refused.
        for (var chunk = 1; chunk <= TamperFixture.LastChunk; chunk++)
        {
            cases.Add(Truncated(layout.ChunkStart(chunk), firstSpoiledChunk: chunk));
        }
        cases.Add(Truncated(file.Ciphertext.Length - 1, firstSpoiledChunk: TamperFixture.LastChunk));

        AssertAllRefused(cases);
    }

    [Fact]
    public void Appended_byte_is_refused()
    {
        byte[] appended = [.. file.Ciphertext, 0];

        AssertAllRefused([new TamperedFile("1 byte appended", appended, TamperFixture.LastChunk)]);
    }

    [Fact]
    public void Wrong_identity_is_refused_with_one_line()
    {
        var otherKey = Age.Keygen(_directory.File("other.txt"));

        AssertRefused(new TamperedFile("decrypted with another identity", file.Ciphertext, 0), otherKey.IdentityPath);
    }

    /// <param name="FirstSpoiledChunk">Chunks before this one are intact and may be written to stdout.</param>
    private sealed record TamperedFile(string Description, byte[] Bytes, int FirstSpoiledChunk);

    private TamperedFile Flipped(int position, int firstSpoiledChunk)
    {
        var bytes = (byte[])file.Ciphertext.Clone();
        bytes[position] ^= 0x01;
        return new TamperedFile($"bit flipped at byte {position}", bytes, firstSpoiledChunk);
    }

    private TamperedFile Truncated(int length, int firstSpoiledChunk) =>
        new($"truncated to {length} of {file.Ciphertext.Length} bytes", file.Ciphertext[..length], firstSpoiledChunk);

    private void AssertAllRefused(IEnumerable<TamperedFile> cases)
    {
        var problems = cases.Select(tampered => Problem(tampered, file.Key.IdentityPath)).OfType<string>().ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private void AssertRefused(TamperedFile tampered, string identityPath)
    {
        var problem = Problem(tampered, identityPath);
        Assert.True(problem is null, problem);
    }

    private string? Problem(TamperedFile tampered, string identityPath)
    {
        var input = _directory.Write("tampered.age", tampered.Bytes);
        var output = _directory.File("tampered.out");

        var toFile = IntakeAge.Run("-d", "-i", identityPath, "-o", output, input);
        if (CliFailure.Problem(toFile) is { } fileProblem)
        {
            return $"{tampered.Description}, -o OUT: {fileProblem}";
        }
        if (File.Exists(output))
        {
            File.Delete(output);
            return $"{tampered.Description}, -o OUT: refused, but left OUT behind";
        }

        var toStdout = IntakeAge.RunWithStdin(tampered.Bytes, "-d", "-i", identityPath);
        if (CliFailure.Problem(toStdout) is { } stdoutProblem)
        {
            return $"{tampered.Description}, stdout: {stdoutProblem}";
        }
        return UnverifiedOutput(toStdout.Stdout, tampered.FirstSpoiledChunk) is { } outputProblem
            ? $"{tampered.Description}, stdout: {outputProblem}"
            : null;
    }

    // What reached stdout must be whole 64 KiB chunks of the plaintext, none from a spoiled chunk on.
    private string? UnverifiedOutput(byte[] written, int firstSpoiledChunk)
    {
        if (written.Length % Payload.ChunkSize != 0)
        {
            return $"wrote {written.Length} bytes, not a whole number of 64 KiB chunks";
        }
        if (written.Length > firstSpoiledChunk * Payload.ChunkSize)
        {
            return $"wrote {written.Length / Payload.ChunkSize} chunks, but chunk {firstSpoiledChunk} was spoiled";
        }
        return written.AsSpan().SequenceEqual(file.Plaintext.AsSpan(0, written.Length))
            ? null
            : $"wrote {written.Length} bytes that are not the plaintext's first bytes";
    }
}
