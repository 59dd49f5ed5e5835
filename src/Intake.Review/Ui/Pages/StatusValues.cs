using Intake.Review.Workspace;

namespace Intake.Review.Ui.Pages;

/// <summary>How a status is written in forms and addresses: as the workspace and `review list` write it.</summary>
internal static class StatusValues
{
    public static IReadOnlyList<TestimonyStatus> All { get; } = Enum.GetValues<TestimonyStatus>();

    public static string Of(TestimonyStatus status) => TestimonyStatusText.ToText(status);

    /// <summary>The status a form or address names, or null for anything else (a form field is not trusted to be one).</summary>
    public static TestimonyStatus? Parse(string? value) =>
        All.Select(status => (TestimonyStatus?)status).FirstOrDefault(status => Of(status!.Value) == value);
}
