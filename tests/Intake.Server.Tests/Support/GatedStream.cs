namespace Intake.Server.Tests.Support;

/// <summary>
/// Gives the first <paramref name="bytesBeforeGate"/> bytes of <paramref name="inner"/>, then
/// waits until <see cref="Open"/> before giving the rest: an upload that stays in progress for
/// as long as a test needs.
/// </summary>
internal sealed class GatedStream(Stream inner, long bytesBeforeGate) : Stream
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _position;

    /// <summary>Completes when everything before the gate has been read.</summary>
    public Task ReachedGate => _reached.Task;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public void Open() => _gate.TrySetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= bytesBeforeGate)
        {
            _reached.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
        }
        else if (_position + buffer.Length > bytesBeforeGate)
        {
            buffer = buffer[..(int)(bytesBeforeGate - _position)];
        }
        var read = await inner.ReadAsync(buffer, cancellationToken);
        _position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
