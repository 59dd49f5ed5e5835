using Intake.Crypto.Payload;

namespace Intake.Crypto.Age;

/// <summary>
/// Read-only stream returned by <see cref="AgeDecryptor.Open"/>. It returns bytes of a chunk
/// only after that chunk's tag verified, and throws <see cref="AgeFormatException"/> at the
/// point where the payload stops being intact.
/// </summary>
internal sealed class DecryptingStream : Stream
{
    private readonly PayloadReader _payload;
    private readonly Stream _input;
    private readonly bool _leaveOpen;
    private bool _disposed;

    public DecryptingStream(PayloadReader payload, Stream input, bool leaveOpen)
    {
        _payload = payload;
        _input = input;
        _leaveOpen = leaveOpen;
    }

    public override bool CanRead => !_disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _payload.Read(buffer);
    }

    public override void Flush()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _payload.Dispose();
            if (!_leaveOpen)
            {
                _input.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
