using Intake.Crypto.Payload;

namespace Intake.Crypto.Age;

/// <summary>
/// Write-only stream returned by <see cref="AgeEncryptor.Create"/>. Disposing it seals the
/// last chunk; a file whose stream was never disposed is incomplete and will not decrypt.
/// </summary>
internal sealed class EncryptingStream : Stream
{
    private readonly PayloadWriter _payload;
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private bool _disposed;

    public EncryptingStream(PayloadWriter payload, Stream output, bool leaveOpen)
    {
        _payload = payload;
        _output = output;
        _leaveOpen = leaveOpen;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _payload.Write(buffer);
    }

    /// <summary>Flushes sealed chunks; a partial chunk stays buffered until more data or dispose.</summary>
    public override void Flush() => _output.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            try
            {
                _payload.Finish();
                _output.Flush();
            }
            finally
            {
                _payload.Dispose();
                if (!_leaveOpen)
                {
                    _output.Dispose();
                }
            }
        }
        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
