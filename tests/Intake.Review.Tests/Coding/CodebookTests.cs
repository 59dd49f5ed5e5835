using System.Text;
using System.Text.Json.Nodes;
using Intake.Review.Coding;

namespace Intake.Review.Tests.Coding;

/// <summary>The shipped codebook: complete, bilingual, unique ids, and no code's meaning changed without its hash.</summary>
public sealed class CodebookTests
{
    private static readonly string[] PlanIds =
    [
        "ilo.abuse_of_vulnerability", "ilo.deception", "ilo.restriction_of_movement", "ilo.isolation", "ilo.physical_sexual_violence",
        "ilo.intimidation_threats", "ilo.retention_of_documents", "ilo.withholding_of_wages", "ilo.debt_bondage", "ilo.abusive_conditions", "ilo.excessive_overtime",
        "palermo.act.recruitment", "palermo.act.transportation", "palermo.act.transfer", "palermo.act.harbouring", "palermo.act.receipt",
        "palermo.means.threat_or_force", "palermo.means.coercion", "palermo.means.abduction", "palermo.means.fraud", "palermo.means.deception",
        "palermo.means.abuse_of_power_or_vulnerability", "palermo.means.payments_to_controller",
        "palermo.purpose.forced_labour", "palermo.purpose.slavery_or_similar", "palermo.purpose.servitude",
        "attr.host_country", "attr.sector", "attr.profession", "attr.mission_years", "attr.employer", "attr.pay_withheld_percent",
        "attr.passport_retained", "attr.family_threatened", "attr.barred_from_returning", "attr.left_mission",
    ];

    [Fact]
    public void The_shipped_codebook_has_exactly_the_plan_s_codes_with_kinds_and_types()
    {
        var codebook = Codebook.Load();
        Assert.Equal("testimonio-forced-labour", codebook.Id);
        Assert.Equal(1, codebook.Version);
        Assert.Equal(PlanIds, codebook.Codes.Select(code => code.Id));
        Assert.Equal(11, codebook.Codes.Count(code => code.Kind == CodeKind.IloIndicator));
        Assert.Equal(5, codebook.Codes.Count(code => code.Kind == CodeKind.PalermoAct));
        Assert.Equal(7, codebook.Codes.Count(code => code.Kind == CodeKind.PalermoMeans));
        Assert.Equal(3, codebook.Codes.Count(code => code.Kind == CodeKind.PalermoPurpose));
        Assert.All(codebook.Codes.Where(code => code.Kind != CodeKind.Attribute), code => Assert.True(code.IsPresence));
        Assert.Equal(CodeValueType.Country, codebook.Require("attr.host_country").ValueType);
        Assert.Equal(CodeValueType.Percent, codebook.Require("attr.pay_withheld_percent").ValueType);
        Assert.Equal(MeasurementLevel.Interval, codebook.Require("attr.pay_withheld_percent").Level);
        Assert.Equal(MeasurementLevel.Nominal, codebook.Require("ilo.deception").Level);
        Assert.Equal(CodeValueType.YesNo, codebook.Require("attr.left_mission").ValueType);
    }

    [Fact]
    public void Every_code_is_described_in_Spanish_and_English_and_the_texts_differ()
    {
        foreach (var code in Codebook.Load().Codes)
        {
            var es = code.Text("es");
            var en = code.Text("en");
            foreach (var text in new[] { es, en })
            {
                Assert.All(new[] { text.Label, text.Definition, text.Inclusion, text.Exclusion }, field => Assert.False(string.IsNullOrWhiteSpace(field), code.Id));
                Assert.NotEmpty(text.Examples);
            }
            Assert.NotEqual(es.Definition, en.Definition);
        }
    }

    [Fact]
    public void Every_recorded_meaning_hash_matches_the_code_as_written()
    {
        foreach (var code in Codebook.Load().Codes)
        {
            var hash = CodeMeaning.Hash(code);
            Assert.True(hash == code.MeaningSha256, $"{code.Id}: its meaning now hashes to {hash}; a changed meaning needs a new id or a new codebook version.");
        }
    }

    [Fact]
    public void A_definition_changed_without_its_hash_is_refused()
    {
        var json = ShippedJson();
        json["codes"]![1]!["texts"]!["en"]!["definition"] = "Anything the coder finds misleading.";
        var e = Assert.Throws<FormatException>(() => Parse(json));
        Assert.Contains("The meaning of code ilo.deception changed but its recorded hash did not", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_id_or_a_missing_language_is_refused()
    {
        var repeated = ShippedJson();
        repeated["codes"]!.AsArray().Add(repeated["codes"]![0]!.DeepClone());
        Assert.Contains("more than once", Assert.Throws<FormatException>(() => Parse(repeated)).Message, StringComparison.Ordinal);
        var monolingual = ShippedJson();
        monolingual["codes"]![0]!["texts"]!.AsObject().Remove("es");
        Assert.Contains("in \"es\"", Assert.Throws<FormatException>(() => Parse(monolingual)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_refused_naming_the_closest_ids()
    {
        var e = Assert.Throws<ReviewException>(() => Codebook.Load().Require("ilo.decepcion"));
        Assert.Contains("There is no code \"ilo.decepcion\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("ilo.deception", e.Message, StringComparison.Ordinal);
        Assert.Contains("attr.host_country", Assert.Throws<ReviewException>(() => Codebook.Load().Require("country")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attr.host_country", "VE", "VE")]
    [InlineData("attr.pay_withheld_percent", "75", "75")]
    [InlineData("attr.pay_withheld_percent", "92.50", "92.5")]
    [InlineData("attr.mission_years", "2015-2019", "2015-2019")]
    [InlineData("attr.mission_years", "2017", "2017")]
    [InlineData("attr.passport_retained", "yes", "yes")]
    [InlineData("attr.sector", "nursing", "nursing")]
    [InlineData("attr.employer", " csmc ", "csmc")]
    public void Attribute_values_are_checked_and_normalized(string codeId, string value, string stored) =>
        Assert.Equal(stored, CodeValues.Check(Codebook.Load().Require(codeId), value));

    [Theory]
    [InlineData("attr.host_country", "ve")]
    [InlineData("attr.host_country", "VEN")]
    [InlineData("attr.pay_withheld_percent", "101")]
    [InlineData("attr.pay_withheld_percent", "-5")]
    [InlineData("attr.pay_withheld_percent", "75%")]
    [InlineData("attr.mission_years", "2019-2015")]
    [InlineData("attr.mission_years", "15-19")]
    [InlineData("attr.passport_retained", "sí")]
    [InlineData("attr.sector", "mining")]
    [InlineData("attr.profession", null)]
    [InlineData("ilo.deception", "yes")]
    public void Values_that_do_not_fit_the_code_are_refused(string codeId, string? value) =>
        Assert.Throws<ReviewException>(() => CodeValues.Check(Codebook.Load().Require(codeId), value));

    private static JsonNode ShippedJson()
    {
        using var stream = typeof(Codebook).Assembly.GetManifestResourceStream("Intake.Review.Coding.codebook.json")!;
        return JsonNode.Parse(stream)!;
    }

    private static Codebook Parse(JsonNode json) => Codebook.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())));
}
