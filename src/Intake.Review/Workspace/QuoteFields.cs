using Intake.Review.Evidence;

namespace Intake.Review.Workspace;

/// <summary>The addresses of a quote's sealed values; each is bound to its quote and testimony, so it cannot be moved to another.</summary>
internal static class QuoteFields
{
    public static FieldAddress Redacted(long quoteId, Guid testimonyId) => new("quotes", "redacted", $"{quoteId}/{TestimonyFields.Row(testimonyId)}");

    public static FieldAddress Note(long quoteId, Guid testimonyId) => new("quotes", "note", $"{quoteId}/{TestimonyFields.Row(testimonyId)}");

    public static FieldAddress Reason(long quoteId, FlagKind kind, int offset, int length) =>
        new("quote_resolutions", "reason", $"{quoteId}/{FlagKindText.ToText(kind)}/{offset}/{length}");
}
