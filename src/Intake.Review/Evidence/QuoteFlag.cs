namespace Intake.Review.Evidence;

/// <summary>What the quote checker looks for: the details that most often identify a source.</summary>
public enum FlagKind
{
    Name,
    Phone,
    Email,
    DocumentNumber,
    Date,
}

/// <summary>
/// Something in a redacted quote that may identify a source: characters [Offset, Offset+Length)
/// of the quote. <see cref="Text"/> is the matched text, for the reviewer's eyes in this
/// process only: it is never stored, exported or written into a refusal.
/// </summary>
public sealed record QuoteFlag(FlagKind Kind, int Offset, int Length, string Text)
{
    /// <summary>The kind as the command line and the workspace write it.</summary>
    public string KindName => FlagKindText.ToText(Kind);
}

/// <summary>The stable text form of <see cref="FlagKind"/>, stored with resolutions.</summary>
public static class FlagKindText
{
    public static string ToText(FlagKind kind) => kind switch
    {
        FlagKind.Name => "name",
        FlagKind.Phone => "phone",
        FlagKind.Email => "email",
        FlagKind.DocumentNumber => "document_number",
        FlagKind.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static FlagKind Parse(string text) => text switch
    {
        "name" => FlagKind.Name,
        "phone" => FlagKind.Phone,
        "email" => FlagKind.Email,
        "document_number" => FlagKind.DocumentNumber,
        "date" => FlagKind.Date,
        _ => throw new FormatException($"\"{text}\" is not a quote flag kind."),
    };
}
