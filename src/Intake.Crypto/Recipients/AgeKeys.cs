namespace Intake.Crypto.Recipients;

/// <summary>Parses any native age key string by its prefix, and key files (one key per line, # comments).</summary>
public static class AgeKeys
{
    /// <summary>Parses <c>age1…</c> or <c>age1pq1…</c>; refuses secret keys with <see cref="KeyFormatError.SecretKeyGiven"/>.</summary>
    public static IRecipient ParseRecipient(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.StartsWith(MlKem768X25519Recipient.Hrp + "1", StringComparison.OrdinalIgnoreCase))
        {
            return MlKem768X25519Recipient.Parse(trimmed);
        }
        if (AgeKeyEncoding.LooksSecret(trimmed) || trimmed.StartsWith(X25519Recipient.Hrp + "1", StringComparison.OrdinalIgnoreCase))
        {
            return X25519Recipient.Parse(trimmed);
        }
        throw new KeyFormatException(KeyFormatError.WrongPrefix, "an age public key (age1… or age1pq1…)");
    }

    /// <summary>Parses <c>AGE-SECRET-KEY-1…</c> or <c>AGE-SECRET-KEY-PQ-1…</c>.</summary>
    public static IIdentity ParseIdentity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.StartsWith(MlKem768X25519Identity.Hrp, StringComparison.OrdinalIgnoreCase))
        {
            return MlKem768X25519Identity.Parse(trimmed);
        }
        return X25519Identity.Parse(trimmed);
    }

    /// <summary>The identities of an identity file, as <c>age-keygen</c> writes it.</summary>
    public static IReadOnlyList<IIdentity> ParseIdentityFile(string text) => ParseLines(text, ParseIdentity, "identity file");

    /// <summary>The recipients of a recipients file (<c>-R</c>).</summary>
    public static IReadOnlyList<IRecipient> ParseRecipientsFile(string text) => ParseLines(text, ParseRecipient, "recipients file");

    private static List<T> ParseLines<T>(string text, Func<string, T> parse, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new List<T>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            try
            {
                keys.Add(parse(line));
            }
            catch (KeyFormatException e)
            {
                // The line itself is never quoted: it may hold a secret.
                throw new KeyFormatException($"Line {i + 1} of the {what}: ", e);
            }
        }
        if (keys.Count == 0)
        {
            throw new KeyFormatException($"The {what} holds no keys.");
        }
        return keys;
    }
}
