using Intake.Crypto.Age;
using Intake.Crypto.Encoding;
using Intake.Crypto.Streams;

namespace Intake.Crypto.Armor;

/// <summary>
/// A read-only stream that strips strict ASCII armor: whitespace may surround the PEM
/// block, lines end in LF or CRLF, every data line but the last has 64 columns, base64 is
/// canonical and padded, and nothing else is accepted anywhere.
/// </summary>
internal sealed class ArmorReader : ReadOnlyStream
{
    private const int MaxOutsideWhitespace = 1024 * 1024;
    private readonly Stream _input;
    private readonly byte[] _decoded = new byte[ArmorFormat.BytesPerLine];
    private int _decodedLength;
    private int _decodedOffset;
    private bool _begun;
    private bool _lastLineSeen;
    private bool _ended;

    public ArmorReader(Stream input)
    {
        _input = input;
    }

    public override int Read(Span<byte> buffer)
    {
        if (!_begun)
        {
            ReadBegin();
        }
        while (_decodedOffset == _decodedLength)
        {
            if (_ended || buffer.IsEmpty)
            {
                return 0;
            }
            ReadDataLine();
        }
        var count = Math.Min(buffer.Length, _decodedLength - _decodedOffset);
        _decoded.AsSpan(_decodedOffset, count).CopyTo(buffer);
        _decodedOffset += count;
        return count;
    }

    private void ReadBegin()
    {
        _begun = true;
        var skipped = 0;
        int b;
        while (ArmorFormat.IsOutsideWhitespace(b = _input.ReadByte()))
        {
            if (++skipped > MaxOutsideWhitespace)
            {
                throw Fail();
            }
        }
        if (b < 0)
        {
            throw Fail();
        }
        var line = ReadLine((char)b, out var terminated);
        if (line != ArmorFormat.BeginLine || !terminated)
        {
            throw Fail();
        }
    }

    private void ReadDataLine()
    {
        var first = _input.ReadByte();
        if (first < 0)
        {
            throw Fail();
        }
        var line = ReadLine((char)first, out var terminated);
        if (line == ArmorFormat.EndLine)
        {
            ReadTrailer(terminated);
            return;
        }
        // A short or padded line must be the last one, and no line may be empty.
        if (_lastLineSeen || !terminated || line.Length == 0 || line.Length > ArmorFormat.ColumnsPerLine
            || !StrictBase64.TryDecodePadded(line, _decoded, out _decodedLength))
        {
            throw Fail();
        }
        _decodedOffset = 0;
        _lastLineSeen = line.Length < ArmorFormat.ColumnsPerLine || line.EndsWith('=');
    }

    private void ReadTrailer(bool terminated)
    {
        _ended = true;
        _decodedOffset = _decodedLength = 0;
        if (!terminated)
        {
            return;
        }
        var skipped = 0;
        int b;
        while ((b = _input.ReadByte()) >= 0)
        {
            if (!ArmorFormat.IsOutsideWhitespace(b) || ++skipped > MaxOutsideWhitespace)
            {
                throw Fail();
            }
        }
    }

    // Reads to LF (accepting a CR right before it); false "terminated" means end of input.
    private string ReadLine(char first, out bool terminated)
    {
        var builder = new System.Text.StringBuilder(ArmorFormat.ColumnsPerLine + 2);
        var b = (int)first;
        while (true)
        {
            if (b == '\n')
            {
                terminated = true;
                break;
            }
            if (b == '\r')
            {
                terminated = _input.ReadByte() == '\n';
                if (!terminated)
                {
                    throw Fail();
                }
                break;
            }
            if (builder.Length > ArmorFormat.EndLine.Length + ArmorFormat.ColumnsPerLine)
            {
                throw Fail();
            }
            builder.Append((char)b);
            b = _input.ReadByte();
            if (b < 0)
            {
                terminated = false;
                break;
            }
        }
        return builder.ToString();
    }

    private static AgeFormatException Fail() => new(AgeFailure.Armor);
}
