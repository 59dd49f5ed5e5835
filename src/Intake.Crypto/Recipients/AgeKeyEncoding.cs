using Intake.Crypto.Encoding;

namespace Intake.Crypto.Recipients;

/// <summary>Bech32 encoding of age keys with the exact error for each way a key can be wrong.</summary>
internal static class AgeKeyEncoding
{
    public const string SecretKeyPrefix = "AGE-SECRET-KEY-";

    /// <summary>Decodes <paramref name="text"/>, which must carry <paramref name="hrp"/> and <paramref name="length"/> bytes.</summary>
    public static byte[] Decode(string text, string hrp, int length, string expected)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = Bech32.Decode(text.Trim(), out var actualHrp, out var data);
        var error = result switch
        {
            Bech32Result.Valid => (KeyFormatError?)null,
            Bech32Result.MixedCase => KeyFormatError.MixedCase,
            Bech32Result.BadChecksum => KeyFormatError.BadChecksum,
            _ => KeyFormatError.Malformed,
        };
        if (error is null && !string.Equals(actualHrp, hrp, StringComparison.OrdinalIgnoreCase))
        {
            error = KeyFormatError.WrongPrefix;
        }
        if (error is null && data.Length != length)
        {
            error = KeyFormatError.WrongLength;
        }
        if (error is null)
        {
            return data;
        }
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(data);
        throw new KeyFormatException(error.Value, expected);
    }

    /// <summary>True for anything that looks like an age secret key, valid or not.</summary>
    public static bool LooksSecret(string text) =>
        text.TrimStart().StartsWith(SecretKeyPrefix, StringComparison.OrdinalIgnoreCase);
}
