using Intake.Crypto.Age;
using Intake.Crypto.Encoding;

namespace Intake.Crypto.Recipients;

/// <summary>Checks on the arguments of a stanza already known to be of an identity's type.</summary>
internal static class StanzaFields
{
    /// <summary>The argument at <paramref name="index"/> as exactly <paramref name="length"/> bytes of canonical base64.</summary>
    public static byte[] FixedBytes(Stanza stanza, int expectedArguments, int index, int length)
    {
        if (stanza.Arguments.Count != expectedArguments
            || !StrictBase64.TryDecodeUnpadded(stanza.Arguments[index], out var bytes)
            || bytes.Length != length)
        {
            throw new AgeFormatException(AgeFailure.Header);
        }
        return bytes;
    }
}
