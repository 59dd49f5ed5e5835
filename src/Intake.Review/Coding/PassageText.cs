using System.Globalization;

namespace Intake.Review.Coding;

/// <summary>
/// A passage as the coder types it, START:END: character offsets into the narrative, counted
/// in UTF-16 code units of the narrative string exactly as imported (what C# and JavaScript
/// string indices count), END exclusive. The narrative never changes after import, so the
/// offsets stay put when the same testimony is imported again.
/// </summary>
public static class PassageText
{
    /// <summary>The narrative question whose answer passages point into.</summary>
    public const string NarrativeQuestion = "narrative";

    /// <returns>The passage, or null when the text is not two whole numbers with START less than END.</returns>
    public static TextPassage? Parse(string? text)
    {
        var parts = text?.Split(':');
        return parts is [var start, var end]
            && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            && from < to
                ? new TextPassage(from, to)
                : null;
    }

    public static string Format(TextPassage? passage) =>
        passage is null ? "whole testimony" : string.Create(CultureInfo.InvariantCulture, $"{passage.Start}:{passage.End}");

    /// <exception cref="ReviewException">The passage does not lie within a narrative of <paramref name="narrativeLength"/> characters.</exception>
    public static void CheckWithin(TextPassage passage, int narrativeLength)
    {
        ArgumentNullException.ThrowIfNull(passage);
        if (passage.Start < 0 || passage.Start >= passage.End || passage.End > narrativeLength)
        {
            throw new ReviewException(
                $"The passage {Format(passage)} is not within the narrative, which has {narrativeLength} characters (offsets 0 to {narrativeLength}, START less than END). Nothing was changed.");
        }
    }
}
