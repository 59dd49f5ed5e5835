using System.Buffers.Text;
using Intake.Crypto.Streams;

namespace Intake.Crypto.Armor;

/// <summary>A write-only stream that armors what is written to it; <see cref="Dispose(bool)"/> writes the end line.</summary>
internal sealed class ArmorWriter : WriteOnlyStream
{
    private const int LinesPerBlock = 1024;
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly byte[] _pending = new byte[ArmorFormat.BytesPerLine * LinesPerBlock];
    private readonly byte[] _encoded = new byte[(ArmorFormat.ColumnsPerLine + 1) * LinesPerBlock];
    private int _pendingLength;
    private bool _finished;

    public ArmorWriter(Stream output, bool leaveOpen)
    {
        _output = output;
        _leaveOpen = leaveOpen;
        WriteAscii(ArmorFormat.BeginLine + "\n");
    }

    public override bool CanWrite => !_finished;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        while (!buffer.IsEmpty)
        {
            var count = Math.Min(_pending.Length - _pendingLength, buffer.Length);
            buffer[..count].CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += count;
            buffer = buffer[count..];
            // Keep the last block back: it may end up holding the (padded) last line.
            if (_pendingLength == _pending.Length && !buffer.IsEmpty)
            {
                EncodePending();
            }
        }
    }

    public override void Flush() => _output.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_finished)
        {
            _finished = true;
            EncodePending();
            WriteAscii(ArmorFormat.EndLine + "\n");
            _output.Flush();
            if (!_leaveOpen)
            {
                _output.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    private void EncodePending()
    {
        var written = 0;
        for (var offset = 0; offset < _pendingLength; offset += ArmorFormat.BytesPerLine)
        {
            var length = Math.Min(ArmorFormat.BytesPerLine, _pendingLength - offset);
            Base64.EncodeToUtf8(_pending.AsSpan(offset, length), _encoded.AsSpan(written), out _, out var lineLength);
            written += lineLength;
            _encoded[written++] = (byte)'\n';
        }
        _output.Write(_encoded, 0, written);
        _pendingLength = 0;
    }

    private void WriteAscii(string text) => _output.Write(System.Text.Encoding.ASCII.GetBytes(text));
}
