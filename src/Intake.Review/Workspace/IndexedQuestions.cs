namespace Intake.Review.Workspace;

/// <summary>The questions whose answers the list shows and filters by (from the default questionnaire).</summary>
internal static class IndexedQuestions
{
    /// <summary>The mission's country, an ISO 3166 code.</summary>
    public const string Country = "mission_country";

    /// <summary>The sector code (medicine, nursing…).</summary>
    public const string Sector = "sector";
}
