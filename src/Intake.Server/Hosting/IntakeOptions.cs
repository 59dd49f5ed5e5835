using System.ComponentModel.DataAnnotations;

namespace Intake.Server.Hosting;

/// <summary>Operator settings, from the command line and the "Intake" configuration section; validated at start.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Where the database and the DataProtection key ring live (mode 0700).</summary>
    [Required]
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>The questionnaire file; empty means the one shipped with the server.</summary>
    public string? QuestionnairePath { get; set; }

    /// <summary>Largest accepted submission, all files and answers together (default 2 GiB).</summary>
    [Range(1024, long.MaxValue, ErrorMessage = "Intake:MaxSubmissionBytes must be at least 1024 (bytes).")]
    public long MaxSubmissionBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Most attached files in one submission.</summary>
    [Range(0, 1000, ErrorMessage = "Intake:MaxFiles must be between 0 and 1000.")]
    public int MaxFiles { get; set; } = 20;

    /// <summary>Uploads processed at once; more get a 429 page.</summary>
    [Range(1, 1000, ErrorMessage = "Intake:MaxConcurrentUploads must be between 1 and 1000.")]
    public int MaxConcurrentUploads { get; set; } = 4;

    /// <summary>Submissions are refused (507) when less than this is free in the data directory.</summary>
    [Range(0, long.MaxValue, ErrorMessage = "Intake:FreeDiskFloorBytes must be 0 or more (bytes).")]
    public long FreeDiskFloorBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How coarsely the day of receipt is stored: Day, Week (its Monday) or Month (its first day).</summary>
    public DayGranularity ReceivedDayGranularity { get; set; } = DayGranularity.Day;
}

/// <summary>The resolution of the only date stored with a submission.</summary>
public enum DayGranularity
{
    Day,
    Week,
    Month,
}
