using Intake.Crypto.Recipients;

namespace Intake.Crypto.Tests.RoundTrip;

/// <summary>Random but reproducible inputs: each test prints its seed when it fails.</summary>
internal static class RandomCase
{
    private const int Chunk = 64 * 1024;

    /// <summary>Chunk and batch boundaries (batches are 4 chunks per thread), then random sizes.</summary>
    public static readonly int[] BoundarySizes =
    [
        0, 1, Chunk - 1, Chunk, Chunk + 1, 2 * Chunk, 2 * Chunk + 1, 8 * Chunk - 1, 8 * Chunk, 8 * Chunk + 1,
        16 * Chunk, 16 * Chunk + 1, 17 * Chunk - 1,
    ];

    public static int Size(Random random, int index) =>
        index < BoundarySizes.Length ? BoundarySizes[index] : random.Next(0, 26 * Chunk);

    public static byte[] Bytes(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A recipient set of one kind, and the identities that open it.</summary>
    public static (IRecipient[] Recipients, IIdentity[] Identities) Keys(Random random)
    {
        var count = random.Next(1, 4);
        switch (random.Next(3))
        {
            case 0:
                var classic = Enumerable.Range(0, count).Select(_ => X25519Identity.Generate()).ToArray();
                return ([.. classic.Select(i => i.Recipient)], classic);
            case 1:
                var hybrid = Enumerable.Range(0, count).Select(_ => MlKem768X25519Identity.Generate()).ToArray();
                return ([.. hybrid.Select(i => i.Recipient)], hybrid);
            default:
                var passphrase = $"correct horse {random.Next()}";
                return ([new ScryptRecipient(passphrase, workFactor: 2)], [new ScryptIdentity(passphrase)]);
        }
    }

    /// <summary>Reads everything with reads of random sizes, to exercise partial reads.</summary>
    public static byte[] ReadAll(Stream stream, Random random)
    {
        var output = new MemoryStream();
        var buffer = new byte[200_000];
        int read;
        while ((read = stream.Read(buffer, 0, random.Next(1, buffer.Length))) > 0)
        {
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }
}
