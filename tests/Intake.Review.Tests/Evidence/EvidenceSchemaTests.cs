using System.Runtime.Versioning;
using System.Text.Json;
using Intake.Review.Coding;
using Intake.Review.Evidence;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Evidence;

public sealed class EvidenceSchemaTests
{
    private const string Hidden = "Me llamo Yusimí y vivía en el reparto Los Pinos con mi madre. ";
    private const string Quoted = "El coordinador guardaba los pasaportes en una caja fuerte.";
    private const string Redacted = "El coordinador guardaba los pasaportes bajo llave.";
    private const string Note = "nota interna: confirmar con la fuente";

    private static readonly string[] AllowedFields =
    [
        "record_id", "year_received", "host_country", "sector", "mission_start_year", "ilo_indicators", "palermo_act", "palermo_means",
        "palermo_purpose", "palermo_elements", "pay_withheld_percent", "passport_retained", "family_threatened", "barred_from_returning",
        "left_mission", "may_share_with_un_and_courts", "quotes",
    ];

    [Fact]
    public void Every_record_holds_only_allowed_fields_and_the_csv_header_is_the_allowed_list()
    {
        using var test = Exported(out var output);

        Assert.Equal(AllowedFields, EvidenceFields.All);
        var records = EvidenceFiles.ReadJsonLines(output);
        Assert.Equal(3, records.Count);
        Assert.All(records, record => Assert.Subset(AllowedFields.ToHashSet(), record.EnumerateObject().Select(p => p.Name).ToHashSet()));
        var lines = EvidenceFiles.CsvLines(output);
        Assert.Equal(string.Join(',', AllowedFields), lines[0]);
        Assert.Equal(4, lines.Count);
        Assert.Equal(["README.txt", "evidence.csv", "evidence.jsonl"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_submission_id_day_city_note_or_unquoted_narrative_reaches_the_files()
    {
        using var test = Exported(out var output);
        var text = EvidenceFiles.ReadAll(output);

        foreach (var id in test.Ids)
        {
            Assert.DoesNotContain(id.ToString("N"), text.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("2023-07-14", text, StringComparison.Ordinal);
        Assert.DoesNotContain("14/07", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Santa Clara", text, StringComparison.Ordinal);
        Assert.DoesNotContain("médico de familia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("csmc", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Note, text, StringComparison.Ordinal);
        Assert.Contains(Redacted, text, StringComparison.Ordinal);
        // Any 12 characters of the narrative that are not also in the redacted quote would be a leak.
        var narrative = Hidden + Quoted;
        var leaks = Enumerable.Range(0, narrative.Length - 11).Select(i => narrative.Substring(i, 12))
            .Where(window => !Redacted.Contains(window, StringComparison.Ordinal) && text.Contains(window, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void The_readme_says_the_age_band_is_left_out_because_no_age_is_asked()
    {
        using var test = Exported(out var output);

        var readme = File.ReadAllText(Path.Combine(output, EvidenceExport.ReadmeFile));

        Assert.Contains("Age band: the questionnaire asks no age", readme, StringComparison.Ordinal);
        Assert.Contains("3 de-identified record(s)", readme, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_export_directory_and_files_are_private()
    {
        using var test = Exported(out var output);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(output));
        Assert.All(Directory.GetFiles(output), file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));
    }

    [Fact]
    public void The_csv_and_the_json_lines_hold_the_same_records()
    {
        using var test = Exported(out var output);

        var json = EvidenceFiles.ReadJsonLines(output);
        var csv = EvidenceFiles.CsvLines(output).Skip(1).ToList();

        var quoted = Assert.Single(json, record => record.GetProperty("quotes").ValueKind == JsonValueKind.Array);
        var row = Assert.Single(csv, line => line.StartsWith(quoted.GetProperty("record_id").GetString()!, StringComparison.Ordinal));
        Assert.EndsWith($"\"[\"\"{Redacted}\"\"]\"", row, StringComparison.Ordinal);
        Assert.Contains(",2023,VE,medicine,2015,", row, StringComparison.Ordinal);
    }

    private static EvidenceTestWorkspace Exported(out string output)
    {
        var day = new DateOnly(2023, 7, 14);
        var test = new EvidenceTestWorkspace(
            new Source(true, true, true, Hidden + Quoted, day, "Santa Clara"),
            new Source(true, false, false, Hidden + Quoted, day, "Santa Clara"),
            new Source(true, true, false, Hidden, day, "Santa Clara"),
            new Source(false, false, true, Hidden + Quoted, day, "Santa Clara"));
        test.Workspace.Quotes.Add(test.Ids[0], new TextPassage(Hidden.Length, Hidden.Length + Quoted.Length), Redacted, Note);
        output = test.NewOutput();
        test.Export(output);
        return test;
    }
}
