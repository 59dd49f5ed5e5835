namespace Intake.Crypto.Payload;

/// <summary>
/// Runs a chunk operation over a batch of slots on up to N threads, each with its own
/// cipher instance. Chunks are independent in STREAM, so the batch's result does not
/// depend on the thread count; callers consume the slots in order afterwards.
/// </summary>
internal sealed class ChunkWorkers : IDisposable
{
    private readonly ChunkCipher[] _ciphers;

    public ChunkWorkers(ReadOnlySpan<byte> key, int degreeOfParallelism, PayloadCipherBackend backend)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        _ciphers = new ChunkCipher[degreeOfParallelism];
        for (var i = 0; i < _ciphers.Length; i++)
        {
            _ciphers[i] = ChunkCipher.Create(key, backend);
        }
    }

    public int Count => _ciphers.Length;

    /// <summary>Batch size that keeps every worker busy while bounding memory (4 chunks each).</summary>
    public int BatchSize => _ciphers.Length == 1 ? 1 : _ciphers.Length * 4;

    public void Run(int slotCount, Action<ChunkCipher, int> operation)
    {
        var workers = Math.Min(_ciphers.Length, slotCount);
        if (workers <= 1)
        {
            for (var i = 0; i < slotCount; i++)
            {
                operation(_ciphers[0], i);
            }
            return;
        }
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            for (var i = worker; i < slotCount; i += workers)
            {
                operation(_ciphers[worker], i);
            }
        });
    }

    public void Dispose()
    {
        foreach (var cipher in _ciphers)
        {
            cipher.Dispose();
        }
    }
}
