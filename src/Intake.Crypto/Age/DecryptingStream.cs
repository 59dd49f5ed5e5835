using Intake.Crypto.Payload;
using Intake.Crypto.Streams;

namespace Intake.Crypto.Age;

/// <summary>
/// Read-only stream returned by <see cref="AgeDecryptor.Open"/>. It returns bytes of a chunk
/// only after that chunk's tag verified, and throws <see cref="AgeFormatException"/> at the
/// point where the payload stops being intact.
/// </summary>
internal sealed class DecryptingStream : ReadOnlyStream
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

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _payload.Read(buffer);
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
}
