using Intake.Crypto.Payload;
using Intake.Crypto.Streams;

namespace Intake.Crypto.Age;

/// <summary>
/// Write-only stream returned by <see cref="AgeEncryptor.Create"/>. Disposing it seals the
/// last chunk; a file whose stream was never disposed is incomplete and will not decrypt.
/// </summary>
internal sealed class EncryptingStream : WriteOnlyStream
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

    public override bool CanWrite => !_disposed;

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
}
