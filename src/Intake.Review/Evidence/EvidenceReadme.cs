using System.Globalization;

namespace Intake.Review.Evidence;

/// <summary>README.txt, written beside the records: what each field means and what was left out, and why.</summary>
internal static class EvidenceReadme
{
    public static string Write(int records) => string.Create(CultureInfo.InvariantCulture, $$"""
        Testimonio evidence export
        ==========================

        evidence.jsonl (one JSON object per line) and evidence.csv (the same records, RFC 4180,
        header first) hold {{records}} de-identified record(s), one per testimony, in random order.

        Who is included
        - Only testimonies whose source allowed it. Coded indicators and attributes appear only when
          the source allowed statistics; quotes only when they allowed publishing quotes. A field the
          source did not allow is empty (null).
        - may_share_with_un_and_courts records whether the source allowed sharing their
          de-identified testimony with United Nations bodies and courts.

        Fields (the only ones any record may hold)
        - record_id: drawn at random for this export. It is not the testimony's id, and another
          export gives the same testimony a different one, so records cannot be linked across exports.
        - year_received: the year the testimony was received (never the day).
        - host_country: ISO 3166 alpha-2 code of the mission's country (never a city).
        - sector: the questionnaire's sector code.
        - mission_start_year: the year the mission began.
        - ilo_indicators: ids of the ILO forced-labour indicators the case shows (of 11).
        - palermo_act, palermo_means, palermo_purpose: whether an element of each kind of the
          Palermo Protocol's definition is present; palermo_elements: their ids.
        - pay_withheld_percent: share of pay withheld, rounded to the nearest 5.
        - passport_retained, family_threatened, barred_from_returning, left_mission: true/false,
          empty when not coded.
        - quotes: passages the reviewers marked for publication, in the reviewers' redacted wording,
          each checked for names, phone numbers, e-mail addresses, document numbers and exact dates.
        In the CSV a list is one cell holding a JSON array.

        Left out
        - Age band: the questionnaire asks no age, so there is none to publish.
        - Names, employers, professions, cities, days, the narrative and every other answer.
        Coded values are those of the adjudicated coding (or the coders' unanimous decision). Values
        are coarsened but not aggregated: publish small groups of records with the same care as
        small table cells.
        """);
}
