namespace Intake.Crypto.Recipients;

/// <summary>
/// A key string could not be parsed. The message explains the reason and never repeats
/// the key, which may be a secret pasted in the wrong place.
/// </summary>
public sealed class KeyFormatException : FormatException
{
    public KeyFormatException()
        : this(KeyFormatError.Malformed, "key")
    {
    }

    public KeyFormatException(string message)
        : base(message)
    {
    }

    public KeyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KeyFormatException(KeyFormatError error, string expected)
        : base(MessageFor(error, expected))
    {
        Error = error;
    }

    internal KeyFormatException(string context, KeyFormatException inner)
        : base(context + inner?.Message, inner)
    {
        Error = inner?.Error ?? KeyFormatError.Malformed;
    }

    public KeyFormatError Error { get; }

    private static string MessageFor(KeyFormatError error, string expected) => error switch
    {
        KeyFormatError.WrongPrefix => $"This is not {expected}: its prefix is wrong.",
        KeyFormatError.BadChecksum => $"This {expected} has a bad checksum: it was mistyped or cut short. Copy it again.",
        KeyFormatError.MixedCase => $"This {expected} mixes upper and lower case letters; keys are all one case.",
        KeyFormatError.WrongLength => $"This {expected} has the wrong length.",
        KeyFormatError.SecretKeyGiven => "This is a SECRET key (AGE-SECRET-KEY-…), not a public key. Give the public key (age1…) instead, and keep the secret key off this machine.",
        _ => $"This is not {expected}.",
    };
}
