using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Intake.Server.Localization;

namespace Intake.Server.Tests.Localization;

public sealed partial class SiteTextTests
{
    // Members that may read the same in a translation as in Spanish: the site's name, and
    // words the two languages share.
    private static readonly HashSet<(string Language, string Member)> SameAsSpanishOnPurpose =
    [
        ("en", nameof(SiteText.SiteTitle)),
        ("pt", nameof(SiteText.SiteTitle)),
        ("pt", nameof(SiteText.LanguageSwitchLabel)),
    ];

    private static readonly PropertyInfo[] Members = typeof(SiteText).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static TheoryData<string> Languages => [.. SiteLanguages.Supported];

    public static TheoryData<string> Translations => [.. SiteLanguages.Supported.Where(code => code != SiteLanguages.Default)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_member_is_filled(string language)
    {
        var text = SiteLanguages.For(language);

        Assert.NotEmpty(Members);
        foreach (var member in Members)
        {
            var entries = Entries(text, member);
            Assert.True(entries.Count > 0, $"{language}.{member.Name} is empty");
            Assert.All(entries, entry => Assert.False(string.IsNullOrWhiteSpace(entry), $"{language}.{member.Name} has a blank entry"));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_code_is_the_language_asked_for(string language)
    {
        Assert.Equal(language, SiteLanguages.For(language).Code);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Placeholders_match_the_spanish_text(string language)
    {
        var spanish = SiteLanguages.For(SiteLanguages.Default);
        var translation = SiteLanguages.For(language);

        foreach (var member in Members)
        {
            Assert.True(
                Placeholders(spanish, member).SequenceEqual(Placeholders(translation, member)),
                $"{language}.{member.Name} has placeholders {string.Join(",", Placeholders(translation, member))}, Spanish has {string.Join(",", Placeholders(spanish, member))}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_formats_with_its_arguments(string language)
    {
        var text = SiteLanguages.For(language);

        foreach (var entry in Members.SelectMany(member => Entries(text, member)))
        {
            var formatted = string.Format(CultureInfo.InvariantCulture, entry, "ARG0", "ARG1");
            Assert.DoesNotContain("{", formatted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_documented_placeholders_are_there()
    {
        var spanish = SiteLanguages.For(SiteLanguages.Default);

        Assert.Equal(["0"], PlaceholdersIn(spanish.AttachmentsHelp));
        Assert.Equal(["0"], PlaceholdersIn(spanish.ErrorTooLarge));
        Assert.Equal(["0"], PlaceholdersIn(spanish.ErrorTooManyFiles));
        Assert.Equal(["0"], PlaceholdersIn(spanish.ValidationTooLong));
        Assert.Equal(["0", "1"], PlaceholdersIn(spanish.ValidationOutOfRange));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_form_intro_names_the_submit_button_as_it_reads(string language)
    {
        var text = SiteLanguages.For(language);

        Assert.Contains(text.FormIntro, paragraph => paragraph.Contains(text.SubmitButton, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void No_member_is_left_in_spanish(string language)
    {
        var spanish = SiteLanguages.For(SiteLanguages.Default);
        var translation = SiteLanguages.For(language);

        foreach (var member in Members.Where(member => !SameAsSpanishOnPurpose.Contains((language, member.Name))))
        {
            var spanishEntries = Entries(spanish, member).ToHashSet(StringComparer.Ordinal);
            Assert.All(Entries(translation, member), entry => Assert.False(spanishEntries.Contains(entry), $"{language}.{member.Name} is still in Spanish: {entry}"));
        }
    }

    private static List<string> Entries(SiteText text, PropertyInfo member) =>
        member.GetValue(text) switch
        {
            string single => [single],
            IReadOnlyList<string> list => [.. list],
            var other => throw new InvalidOperationException($"SiteText.{member.Name} is a {other?.GetType().Name}; teach this test about it"),
        };

    private static List<string> Placeholders(SiteText text, PropertyInfo member) =>
        Entries(text, member).SelectMany(PlaceholdersIn).Distinct().Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> PlaceholdersIn(string entry) =>
        Placeholder().Matches(entry).Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
