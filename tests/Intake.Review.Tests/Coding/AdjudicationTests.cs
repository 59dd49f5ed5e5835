using Intake.Review.Coding;

namespace Intake.Review.Tests.Coding;

/// <summary>The final coding: adjudicated decisions first, else what every coder agreed on; the rest listed as disputes.</summary>
public sealed class AdjudicationTests
{
    private static readonly Guid Unit = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly DateOnly Day = new(2025, 3, 10);

    [Fact]
    public void Presence_codes_need_every_coder_of_the_testimony_and_attributes_every_coder_who_gave_a_value()
    {
        var result = Build(
            Applied("ana", "ilo.deception"), Applied("ben", "ilo.deception"),
            Applied("ana", "ilo.isolation", passage: new TextPassage(0, 5)),
            Applied("ana", "attr.host_country", "VE"), Applied("ben", "attr.host_country", "VE"),
            Applied("ana", "attr.sector", "medicine"),
            Applied("ana", "attr.pay_withheld_percent", "75"), Applied("ben", "attr.pay_withheld_percent", "80"));

        var coding = Assert.Single(result.Cases);
        Assert.Equal(Day, coding.Day);
        Assert.Equal(new Dictionary<string, string?> { ["ilo.deception"] = null, ["attr.host_country"] = "VE", ["attr.sector"] = "medicine" }, coding.Codes);
        Assert.Equal(2, result.Disagreements.Count);
        Assert.Equal("ilo.isolation", result.Disagreements[0].CodeId);
        Assert.Equal([new CoderValue("ana", "present"), new CoderValue("ben", "absent")], result.Disagreements[0].Values);
        Assert.Equal(["75", "80"], result.Disagreements[1].Values.Select(v => v.Value));
    }

    [Fact]
    public void An_adjudicated_decision_overrides_the_coders_either_way()
    {
        var result = Build(
            Applied("ana", "ilo.isolation"),
            Applied("ben", "ilo.deception"),
            Applied("ana", "attr.pay_withheld_percent", "75"), Applied("ben", "attr.pay_withheld_percent", "80"),
            Applied("ana", "ilo.isolation", adjudicated: true),
            Applied("ana", "ilo.deception", CodeValues.Absent, adjudicated: true),
            Applied("ana", "attr.pay_withheld_percent", "78", adjudicated: true));

        Assert.Empty(result.Disagreements);
        Assert.Equal(new Dictionary<string, string?> { ["ilo.isolation"] = null, ["attr.pay_withheld_percent"] = "78" }, Assert.Single(result.Cases).Codes);
    }

    [Fact]
    public void One_coder_s_coding_is_final_and_uncoded_testimonies_are_not_cases()
    {
        var other = Guid.NewGuid();
        var days = new Dictionary<Guid, DateOnly> { [Unit] = Day, [other] = Day };
        var result = AdjudicatedCases.Build([Applied("ana", "ilo.deception")], days, Codebook.Load());
        Assert.Equal(Unit, Assert.Single(result.Cases).TestimonyId);
        Assert.Empty(result.Disagreements);
    }

    [Fact]
    public void Adjudicate_records_the_decision_and_lists_what_is_still_disputed()
    {
        using var coded = new CodedWorkspace();
        var id = coded.Id.ToString();
        var benDirectory = coded.CopyTo("ben");
        coded.Run("code", id, "--add", "ilo.deception", "--coder", "ana");
        coded.RunIn(benDirectory, "code", id, "--add", "ilo.isolation", "--coder", "ben");
        var file = coded.Test.PathFor("ben.json");
        coded.RunIn(benDirectory, "coding-export", "--out", file);
        coded.Run("merge", file);

        var listed = coded.Run("adjudicate");
        Assert.Contains("2 disagreement(s) waiting for adjudication:", listed.Out, StringComparison.Ordinal);
        Assert.Contains($"{id} ilo.deception: ana: present; ben: absent", listed.Out, StringComparison.Ordinal);

        var decided = coded.Run("adjudicate", id, "ilo.deception", "--present", "--memo", "p. 2 es clara");
        Assert.Equal(0, decided.ExitCode);
        Assert.Equal($"Adjudicated ilo.deception present for testimony {id}, by \"ana\".\n", decided.Out);
        Assert.Equal(0, coded.Run("adjudicate", id, "ilo.isolation", "--absent").ExitCode);
        Assert.Contains("No disagreement", coded.Run("adjudicate").Out, StringComparison.Ordinal);
        var final = AdjudicatedCases.Build(coded.Test.Workspace);
        Assert.Equal(["ilo.deception"], Assert.Single(final.Cases).Codes.Keys);
        Assert.Contains(coded.Test.Workspace.Coding.All(), a => a.Adjudicated && a.CodeId == "ilo.deception" && a.Memo == "p. 2 es clara");

        Assert.Equal(1, coded.Run("adjudicate", id, "attr.host_country", "--present").ExitCode);
        Assert.Equal(2, coded.Run("adjudicate", id, "ilo.deception").ExitCode);
        Assert.Equal(2, coded.Run("adjudicate", id, "ilo.deception", "--present", "--absent").ExitCode);
    }

    private static AdjudicatedCases Build(params CodeApplication[] applications) =>
        AdjudicatedCases.Build(applications, new Dictionary<Guid, DateOnly> { [Unit] = Day }, Codebook.Load());

    private static CodeApplication Applied(string coder, string code, string? value = null, TextPassage? passage = null, bool adjudicated = false) =>
        new(Unit, code, value, passage, coder, 1, null, adjudicated);
}
