using Intake.Crypto.Payload;

namespace Intake.Crypto.Tests.Payload;

/// <summary>
/// With the same key, the BCL and NSec backends and every thread count produce exactly
/// the same payload bytes, so choosing either is a matter of speed only.
/// </summary>
public sealed class PayloadEquivalenceTests
{
    public static TheoryData<int> Sizes() => [0, 1, 65535, 65536, 65537, 8 * 65536, 8 * 65536 + 7, 1_000_003];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Backends_and_thread_counts_seal_identical_bytes(int size)
    {
        var key = new byte[32];
        new Random(size).NextBytes(key);
        var plaintext = new byte[size];
        new Random(size + 1).NextBytes(plaintext);

        var reference = Seal(key, plaintext, 1, PayloadCipherBackend.NSec);

        Assert.Equal(reference, Seal(key, plaintext, 1, PayloadCipherBackend.Bcl));
        Assert.Equal(reference, Seal(key, plaintext, 2, PayloadCipherBackend.Bcl));
        Assert.Equal(reference, Seal(key, plaintext, 3, PayloadCipherBackend.NSec));
        Assert.Equal(reference, Seal(key, plaintext, 8, PayloadCipherBackend.Auto));
        Assert.Equal(Math.Max(1, (size + 65535) / 65536) * 16 + size, reference.Length);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Backends_and_thread_counts_open_to_identical_bytes(int size)
    {
        var key = new byte[32];
        new Random(size).NextBytes(key);
        var plaintext = new byte[size];
        new Random(size + 1).NextBytes(plaintext);
        var sealedBytes = Seal(key, plaintext, 1, PayloadCipherBackend.Bcl);

        foreach (var (threads, backend) in new[] { (1, PayloadCipherBackend.Bcl), (1, PayloadCipherBackend.NSec), (2, PayloadCipherBackend.Bcl), (4, PayloadCipherBackend.NSec) })
        {
            Assert.Equal(plaintext, Open(key, sealedBytes, threads, backend));
        }
    }

    private static byte[] Seal(byte[] key, byte[] plaintext, int threads, PayloadCipherBackend backend)
    {
        var output = new MemoryStream();
        using var writer = new PayloadWriter(output, key, threads, backend);
        writer.Write(plaintext);
        writer.Finish();
        return output.ToArray();
    }

    private static byte[] Open(byte[] key, byte[] sealedBytes, int threads, PayloadCipherBackend backend)
    {
        using var reader = new PayloadReader(new MemoryStream(sealedBytes), key, threads, backend);
        var output = new MemoryStream();
        var buffer = new byte[70_000];
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }
}
