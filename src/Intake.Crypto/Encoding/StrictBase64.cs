namespace Intake.Crypto.Encoding;

/// <summary>
/// Standard base64 (RFC 4648 §4) that accepts only canonical input: no whitespace,
/// zero padding bits, and padding exactly where the mode says. The BCL decoder is
/// lenient about all three, which would make age headers and armor malleable.
/// </summary>
public static class StrictBase64
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static readonly sbyte[] Values = BuildValues();

    /// <summary>Length of the unpadded encoding of <paramref name="byteCount"/> bytes.</summary>
    public static int UnpaddedLength(int byteCount) => (byteCount * 4 + 2) / 3;

    /// <summary>Encodes without padding, as age headers require.</summary>
    public static string EncodeUnpadded(ReadOnlySpan<byte> data) => Convert.ToBase64String(data).TrimEnd('=');

    /// <summary>Decodes unpadded canonical base64; false for anything else.</summary>
    public static bool TryDecodeUnpadded(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 4 == 1)
        {
            return false;
        }
        var output = new byte[text.Length * 3 / 4];
        if (!TryDecodeCore(text, output))
        {
            return false;
        }
        bytes = output;
        return true;
    }

    /// <summary>Decodes padded canonical base64 (as in PEM) into <paramref name="output"/>.</summary>
    public static bool TryDecodePadded(ReadOnlySpan<char> text, Span<byte> output, out int written)
    {
        written = 0;
        if (text.Length % 4 != 0)
        {
            return false;
        }
        var padding = text.EndsWith("==") ? 2 : text.EndsWith("=") ? 1 : 0;
        var body = text[..^padding];
        var length = body.Length * 3 / 4;
        if (output.Length < length || !TryDecodeCore(body, output[..length]))
        {
            return false;
        }
        written = length;
        return true;
    }

    private static bool TryDecodeCore(ReadOnlySpan<char> text, Span<byte> output)
    {
        var accumulator = 0;
        var bits = 0;
        var position = 0;
        foreach (var c in text)
        {
            var value = c < 128 ? Values[c] : -1;
            if (value < 0)
            {
                return false;
            }
            accumulator = (accumulator << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output[position++] = (byte)(accumulator >> bits);
                accumulator &= (1 << bits) - 1;
            }
        }
        // Leftover bits must be zero, otherwise two encodings would decode alike.
        return accumulator == 0 && position == output.Length;
    }

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }
        return values;
    }
}
