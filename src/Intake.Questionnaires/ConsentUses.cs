namespace Intake.Questionnaires;

/// <summary>
/// The uses of a testimony a source is asked to allow, each by its own yes/no question. Every
/// questionnaire must ask about each one, so reviewers always know what they may do.
/// </summary>
public static class ConsentUses
{
    /// <summary>Counting the case in published numbers.</summary>
    public const string Statistics = "statistics";

    /// <summary>Publishing de-identified quotes.</summary>
    public const string Quotes = "quotes";

    /// <summary>Sharing the de-identified testimony with UN bodies and courts.</summary>
    public const string UnBodiesAndCourts = "un_bodies_and_courts";

    public static IReadOnlyList<string> All { get; } = [Statistics, Quotes, UnBodiesAndCourts];
}
