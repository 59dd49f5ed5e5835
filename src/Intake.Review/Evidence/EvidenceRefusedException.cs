namespace Intake.Review.Evidence;

/// <summary>A quote and the kinds of its unresolved flags: never the flagged text.</summary>
public sealed record FlaggedQuote(long QuoteId, IReadOnlyList<FlagKind> Kinds);

/// <summary>The evidence export refused because quotes still carry unresolved checker flags; nothing was written.</summary>
public sealed class EvidenceRefusedException : ReviewException
{
    public EvidenceRefusedException()
    {
        Quotes = [];
    }

    public EvidenceRefusedException(string message)
        : base(message)
    {
        Quotes = [];
    }

    public EvidenceRefusedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Quotes = [];
    }

    public EvidenceRefusedException(IReadOnlyList<FlaggedQuote> quotes)
        : base(Describe(quotes))
    {
        Quotes = quotes;
    }

    public IReadOnlyList<FlaggedQuote> Quotes { get; }

    private static string Describe(IReadOnlyList<FlaggedQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var list = string.Join("; ", quotes.Select(quote => $"quote {quote.QuoteId} ({string.Join(", ", quote.Kinds.Select(FlagKindText.ToText))})"));
        return $"Nothing was exported: {quotes.Count} quote(s) still have flags no reviewer resolved: {list}. " +
            "See each with `review quote ID --list`, then reword it (remove it and mark it again) or, when a flag is harmless, " +
            "record why with `review quote ID --resolve QUOTE_ID --flag N --reason TEXT`.";
    }
}
