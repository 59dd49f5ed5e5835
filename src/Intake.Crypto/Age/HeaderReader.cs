using System.Text;
using Intake.Crypto.Encoding;

namespace Intake.Crypto.Age;

/// <summary>
/// Parses an age v1 header from a stream, strictly: any deviation from the grammar in
/// age.md (CR, padding, non-canonical base64, a misplaced short line) is rejected,
/// so that exactly one byte string is accepted for each header.
/// </summary>
internal static class HeaderReader
{
    private const int ColumnsPerLine = 64;
    private const int MaxLineLength = 16 * 1024;
    private const int MaxHeaderLength = 8 * 1024 * 1024;

    /// <summary>Reads the header and leaves <paramref name="input"/> at the first payload byte.</summary>
    public static Header Read(Stream input)
    {
        var raw = new MemoryStream();
        var version = ReadLine(input, raw);
        if (version != Header.VersionLine)
        {
            throw Fail();
        }
        var stanzas = new List<Stanza>();
        while (true)
        {
            var lineStart = raw.Length;
            var line = ReadLine(input, raw);
            if (line.StartsWith(Header.MacPrefix, StringComparison.Ordinal))
            {
                var mac = ParseMacLine(line);
                var macInput = raw.GetBuffer().AsSpan(0, (int)lineStart + Header.MacPrefix.Length).ToArray();
                if (stanzas.Count == 0)
                {
                    throw Fail();
                }
                return new Header(stanzas, mac, macInput);
            }
            stanzas.Add(ParseStanza(line, input, raw));
        }
    }

    private static byte[] ParseMacLine(string line)
    {
        // "--- " followed by exactly 43 canonical base64 characters of a 32-byte MAC.
        var encodedLength = StrictBase64.UnpaddedLength(Header.MacSize);
        if (line.Length != Header.MacPrefix.Length + 1 + encodedLength || line[Header.MacPrefix.Length] != ' ')
        {
            throw Fail();
        }
        if (!StrictBase64.TryDecodeUnpadded(line.AsSpan(Header.MacPrefix.Length + 1), out var mac) || mac.Length != Header.MacSize)
        {
            throw Fail();
        }
        return mac;
    }

    private static Stanza ParseStanza(string argumentLine, Stream input, MemoryStream raw)
    {
        if (!argumentLine.StartsWith("-> ", StringComparison.Ordinal))
        {
            throw Fail();
        }
        var arguments = argumentLine[3..].Split(' ');
        if (arguments.Any(a => !Stanza.IsArgument(a)))
        {
            throw Fail();
        }
        var body = new StringBuilder();
        while (true)
        {
            var line = ReadLine(input, raw);
            if (line.Length > ColumnsPerLine)
            {
                throw Fail();
            }
            body.Append(line);
            if (line.Length < ColumnsPerLine)
            {
                break;
            }
        }
        if (!StrictBase64.TryDecodeUnpadded(body.ToString(), out var bodyBytes))
        {
            throw Fail();
        }
        return new Stanza(arguments[0], arguments[1..], bodyBytes);
    }

    private static string ReadLine(Stream input, MemoryStream raw)
    {
        var start = raw.Length;
        while (true)
        {
            var b = input.ReadByte();
            if (b < 0 || raw.Length - start > MaxLineLength || raw.Length > MaxHeaderLength)
            {
                throw Fail();
            }
            if (b == '\n')
            {
                raw.WriteByte((byte)b);
                break;
            }
            // Only printable ASCII may appear in a header line; this also rejects CR.
            if (b < 0x20 || b > 0x7e)
            {
                throw Fail();
            }
            raw.WriteByte((byte)b);
        }
        return System.Text.Encoding.ASCII.GetString(raw.GetBuffer(), (int)start, (int)(raw.Length - start - 1));
    }

    private static AgeFormatException Fail() => new(AgeFailure.Header);
}
