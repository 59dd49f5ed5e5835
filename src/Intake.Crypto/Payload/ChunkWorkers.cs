namespace Intake.Crypto.Payload;

/// <summary>
/// Runs a chunk operation over a batch on up to N threads, each with its own cipher
/// instance. Chunks are independent in STREAM, so a batch's result does not depend on the
/// thread count. With more than one thread, batches are pipelined: one is sealed or
/// opened in the background while the caller reads the next and writes the previous.
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

    /// <summary>False for one thread: everything then runs on the caller's thread, in order.</summary>
    public bool Pipelined => _ciphers.Length > 1;

    /// <summary>Chunks per batch: 4 per worker keeps them busy; two batches bound the memory.</summary>
    public int BatchSize => _ciphers.Length == 1 ? 1 : _ciphers.Length * 4;

    /// <summary>Starts <paramref name="operation"/> on every slot of <paramref name="batch"/>; in the background when pipelined.</summary>
    public void Start(ChunkBatch batch, Action<ChunkCipher, ChunkSlot, long> operation)
    {
        if (Pipelined)
        {
            batch.Work = Task.Run(() => Run(batch, operation));
        }
        else
        {
            Run(batch, operation);
        }
    }

    private void Run(ChunkBatch batch, Action<ChunkCipher, ChunkSlot, long> operation)
    {
        var workers = Math.Min(_ciphers.Length, batch.Count);
        if (workers <= 1)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                operation(_ciphers[0], batch.Slots[i], batch.FirstCounter + i);
            }
            return;
        }
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            for (var i = worker; i < batch.Count; i += workers)
            {
                operation(_ciphers[worker], batch.Slots[i], batch.FirstCounter + i);
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
