namespace Intake.Crypto.Encoding;

/// <summary>
/// Bech32 (BIP 173) without its 90-character limit, as age uses for keys: hybrid
/// post-quantum recipients are almost 2,000 characters long.
/// </summary>
public static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static readonly uint[] Generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

    /// <summary>Encodes <paramref name="data"/> under <paramref name="hrp"/>; the case of the result follows the HRP's.</summary>
    public static string Encode(string hrp, ReadOnlySpan<byte> data)
    {
        ArgumentException.ThrowIfNullOrEmpty(hrp);
        var upper = hrp.Any(char.IsUpper);
        var lowerHrp = hrp.ToLowerInvariant();
        var values = ConvertBits(data, 8, 5, pad: true) ?? throw new ArgumentException("Cannot convert data.", nameof(data));
        var checksum = CreateChecksum(lowerHrp, values);
        var builder = new System.Text.StringBuilder(lowerHrp.Length + 1 + values.Length + 6);
        builder.Append(lowerHrp).Append('1');
        foreach (var v in values)
        {
            builder.Append(Charset[v]);
        }
        foreach (var v in checksum)
        {
            builder.Append(Charset[v]);
        }
        var text = builder.ToString();
        return upper ? text.ToUpperInvariant() : text;
    }

    /// <summary>Decodes a Bech32 string, reporting why it is not valid.</summary>
    public static Bech32Result Decode(string text, out string hrp, out byte[] data)
    {
        hrp = string.Empty;
        data = [];
        var hasLower = text.Any(char.IsLower);
        var hasUpper = text.Any(char.IsUpper);
        if (hasLower && hasUpper)
        {
            return Bech32Result.MixedCase;
        }
        var lower = text.ToLowerInvariant();
        var separator = lower.LastIndexOf('1');
        if (separator < 1 || separator + 7 > lower.Length)
        {
            return Bech32Result.MissingSeparator;
        }
        if (lower.Any(c => c < 33 || c > 126))
        {
            return Bech32Result.InvalidCharacter;
        }
        var values = new byte[lower.Length - separator - 1];
        for (var i = 0; i < values.Length; i++)
        {
            var index = Charset.IndexOf(lower[separator + 1 + i], StringComparison.Ordinal);
            if (index < 0)
            {
                return Bech32Result.InvalidCharacter;
            }
            values[i] = (byte)index;
        }
        var prefix = lower[..separator];
        if (!VerifyChecksum(prefix, values))
        {
            return Bech32Result.BadChecksum;
        }
        var decoded = ConvertBits(values.AsSpan(0, values.Length - 6), 5, 8, pad: false);
        if (decoded is null)
        {
            return Bech32Result.InvalidPadding;
        }
        hrp = hasUpper ? prefix.ToUpperInvariant() : prefix;
        data = decoded;
        return Bech32Result.Valid;
    }

    private static uint Polymod(ReadOnlySpan<byte> values, uint chk = 1)
    {
        foreach (var v in values)
        {
            var top = chk >> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ v;
            for (var i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) != 0)
                {
                    chk ^= Generator[i];
                }
            }
        }
        return chk;
    }

    private static byte[] ExpandHrp(string hrp)
    {
        var result = new byte[hrp.Length * 2 + 1];
        for (var i = 0; i < hrp.Length; i++)
        {
            result[i] = (byte)(hrp[i] >> 5);
            result[i + hrp.Length + 1] = (byte)(hrp[i] & 31);
        }
        return result;
    }

    private static bool VerifyChecksum(string hrp, ReadOnlySpan<byte> values) =>
        Polymod(values, Polymod(ExpandHrp(hrp))) == 1;

    private static byte[] CreateChecksum(string hrp, ReadOnlySpan<byte> values)
    {
        var mod = Polymod([0, 0, 0, 0, 0, 0], Polymod(values, Polymod(ExpandHrp(hrp)))) ^ 1;
        var checksum = new byte[6];
        for (var i = 0; i < 6; i++)
        {
            checksum[i] = (byte)((mod >> (5 * (5 - i))) & 31);
        }
        return checksum;
    }

    private static byte[]? ConvertBits(ReadOnlySpan<byte> data, int from, int to, bool pad)
    {
        var accumulator = 0;
        var bits = 0;
        var maxValue = (1 << to) - 1;
        var result = new List<byte>(data.Length * from / to + 1);
        foreach (var value in data)
        {
            accumulator = (accumulator << from) | value;
            bits += from;
            while (bits >= to)
            {
                bits -= to;
                result.Add((byte)((accumulator >> bits) & maxValue));
            }
            accumulator &= (1 << bits) - 1;
        }
        if (pad)
        {
            if (bits > 0)
            {
                result.Add((byte)((accumulator << (to - bits)) & maxValue));
            }
        }
        else if (bits >= from || accumulator != 0)
        {
            return null;
        }
        return [.. result];
    }
}

/// <summary>Why a Bech32 string did or did not decode.</summary>
public enum Bech32Result
{
    Valid,
    MixedCase,
    MissingSeparator,
    InvalidCharacter,
    BadChecksum,
    InvalidPadding,
}
