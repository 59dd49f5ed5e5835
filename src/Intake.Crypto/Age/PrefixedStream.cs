using Intake.Crypto.Streams;
namespace Intake.Crypto.Age;

/// <summary>Replays bytes already read (to sniff the format) before the rest of a stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : ReadOnlyStream
{
    private int _offset;

    public override int Read(Span<byte> buffer)
    {
        if (_offset < prefix.Length)
        {
            var count = Math.Min(buffer.Length, prefix.Length - _offset);
            prefix.AsSpan(_offset, count).CopyTo(buffer);
            _offset += count;
            return count;
        }
        return rest.Read(buffer);
    }
}
