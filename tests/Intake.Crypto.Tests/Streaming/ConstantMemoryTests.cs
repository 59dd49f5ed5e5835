using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.Crypto.Tests.Streaming;

[CollectionDefinition(nameof(ConstantMemoryTests), DisableParallelization = true)]
public sealed class ProcessWideAllocationMeasurement;

/// <summary>
/// Streaming uses memory bounded by the batch buffers, whatever the file size: the bytes
/// allocated while 256 MiB flow through must stay far below the data size. The count is
/// process-wide, so these tests run alone.
/// </summary>
[Collection(nameof(ConstantMemoryTests))]
public sealed class ConstantMemoryTests
{
    private const long DataSize = 256L * 1024 * 1024;
    private const long AllocationBudget = 16L * 1024 * 1024;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Encrypting_256_MiB_allocates_a_bounded_amount(int threads)
    {
        using var identity = X25519Identity.Generate();
        var block = new byte[1024 * 1024];
        var sink = new CountingSink();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using (var encrypting = AgeEncryptor.Create(sink, [identity.Recipient], new AgeEncryptOptions { MaxDegreeOfParallelism = threads }))
        {
            for (long written = 0; written < DataSize; written += block.Length)
            {
                encrypting.Write(block);
            }
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(sink.Written > DataSize);
        Assert.True(allocated < AllocationBudget, $"allocated {allocated:N0} bytes for {DataSize:N0}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Decrypting_256_MiB_allocates_a_bounded_amount(int threads)
    {
        using var identity = X25519Identity.Generate();
        var path = Path.Combine(Path.GetTempPath(), $"intake-memory-{Guid.NewGuid():N}.age");
        try
        {
            using (var file = File.Create(path))
            using (var encrypting = AgeEncryptor.Create(file, [identity.Recipient]))
            {
                var block = new byte[1024 * 1024];
                for (long written = 0; written < DataSize; written += block.Length)
                {
                    encrypting.Write(block);
                }
            }
            var buffer = new byte[1024 * 1024];
            long total = 0;

            var before = GC.GetTotalAllocatedBytes(precise: true);
            using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
            using (var decrypting = AgeDecryptor.Open(input, [identity], new AgeDecryptOptions { MaxDegreeOfParallelism = threads }))
            {
                int read;
                while ((read = decrypting.Read(buffer)) > 0)
                {
                    total += read;
                }
            }
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

            Assert.Equal(DataSize, total);
            Assert.True(allocated < AllocationBudget, $"allocated {allocated:N0} bytes for {DataSize:N0}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
