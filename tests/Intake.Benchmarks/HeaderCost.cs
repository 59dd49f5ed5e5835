using System.Diagnostics;
using System.Security.Cryptography;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.Benchmarks;

/// <summary>Files per second when encrypting a small file, where the header dominates the cost.</summary>
internal sealed record HeaderCostResult(string RecipientType, double FilesPerSecond, int HeaderBytes);

/// <summary>
/// Compares the per-file cost of X25519 and post-quantum hybrid recipients by calling the library
/// in-process, so process start-up does not drown out the difference.
/// </summary>
internal static class HeaderCost
{
    public const int PlaintextBytes = 4096;
    public const int RecipientCount = 3;

    // The payload of a single-chunk file: 16-byte nonce, the chunk, its 16-byte Poly1305 tag.
    private const int PayloadBytes = 16 + PlaintextBytes + 16;

    // One chunk gains nothing from worker threads; sequential keeps thread hand-off out of the header cost.
    private static readonly AgeEncryptOptions Sequential = new() { MaxDegreeOfParallelism = 1 };

    public static IReadOnlyList<HeaderCostResult> Measure(TimeSpan duration) =>
    [
        Measure("X25519", NewX25519Recipient, duration),
        Measure("ML-KEM-768 + X25519 (hybrid)", NewHybridRecipient, duration),
    ];

    // Only the public half is needed; the identity holds secrets, so it is disposed straight away.
    private static IRecipient NewX25519Recipient()
    {
        using var identity = X25519Identity.Generate();
        return identity.Recipient;
    }

    private static IRecipient NewHybridRecipient()
    {
        using var identity = MlKem768X25519Identity.Generate();
        return identity.Recipient;
    }

    private static HeaderCostResult Measure(string recipientType, Func<IRecipient> newRecipient, TimeSpan duration)
    {
        IRecipient[] recipients = [.. Enumerable.Range(0, RecipientCount).Select(_ => newRecipient())];
        byte[] plaintext = RandomNumberGenerator.GetBytes(PlaintextBytes);

        // Warm up first so the tiered JIT has switched to optimized code before we count.
        EncryptRepeatedly(plaintext, recipients, duration / 4);
        (int files, TimeSpan elapsed) = EncryptRepeatedly(plaintext, recipients, duration);

        int headerBytes = AgeEncryptor.Encrypt(plaintext, recipients, Sequential).Length - PayloadBytes;
        return new HeaderCostResult(recipientType, files / elapsed.TotalSeconds, headerBytes);
    }

    private static (int Files, TimeSpan Elapsed) EncryptRepeatedly(
        byte[] plaintext, IReadOnlyCollection<IRecipient> recipients, TimeSpan duration)
    {
        var stopwatch = Stopwatch.StartNew();
        int files = 0;
        while (stopwatch.Elapsed < duration)
        {
            AgeEncryptor.Encrypt(plaintext, recipients, Sequential);
            files++;
        }
        return (files, stopwatch.Elapsed);
    }
}
