namespace Intake.Crypto.Armor;

/// <summary>The strict PEM framing of age's ASCII armor (RFC 7468 §3, label "AGE ENCRYPTED FILE").</summary>
internal static class ArmorFormat
{
    public const string BeginLine = "-----BEGIN AGE ENCRYPTED FILE-----";
    public const string EndLine = "-----END AGE ENCRYPTED FILE-----";
    public const int ColumnsPerLine = 64;
    public const int BytesPerLine = 48;

    /// <summary>Whitespace allowed around the PEM block, and nowhere else.</summary>
    public static bool IsOutsideWhitespace(int b) => b is ' ' or '\t' or '\r' or '\n';

    /// <summary>
    /// True if the first non-whitespace bytes start a PEM block, as the age CLI decides. Any
    /// label counts, so that a wrong one is reported as bad armor, not as a bad header.
    /// </summary>
    public static bool LooksArmored(ReadOnlySpan<byte> start) => start.TrimStart(" \t\r\n"u8).StartsWith("-----BEGIN"u8);
}
