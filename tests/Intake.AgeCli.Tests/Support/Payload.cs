namespace Intake.AgeCli.Tests.Support;

/// <summary>Plaintexts for the tests: reproducible pseudo-random bytes.</summary>
public static class Payload
{
    public const int ChunkSize = 64 * 1024;

    public static byte[] Random(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
