namespace Intake.Server.Submissions;

/// <summary>Bounds the uploads processed at once; the rest are told to come back later (429).</summary>
public sealed class UploadGate(int capacity) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(capacity, capacity);

    /// <summary>A slot to release when the upload ends, or null when all are taken.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Lease(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
