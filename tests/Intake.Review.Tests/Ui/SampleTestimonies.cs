using Intake.Review.Workspace;

namespace Intake.Review.Tests.Ui;

/// <summary>Four testimonies that differ in every filtered field, one of them carrying markup where text belongs.</summary>
internal static class SampleTestimonies
{
    public static readonly Guid Venezuela = Guid.Parse("11111111-0000-4000-8000-000000000001");
    public static readonly Guid Brazil = Guid.Parse("22222222-0000-4000-8000-000000000002");
    public static readonly Guid Mexico = Guid.Parse("33333333-0000-4000-8000-000000000003");
    public static readonly Guid Hostile = Guid.Parse("44444444-0000-4000-8000-000000000004");

    public const string HostileNarrative = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";
    public const string HostileFileName = "\"><img src=x onerror=alert(1)>.pdf";
    public const string Narrative = "Me quitaron el pasaporte al llegar.\nNunca vi el contrato.";

    public static InMemoryCatalog Create()
    {
        var catalog = new InMemoryCatalog();
        catalog.Add(
            new TestimonySummary(Venezuela, new DateOnly(2025, 3, 10), "es", "VE", "medicine", TestimonyStatus.New, 1),
            [
                ("Mission", [new RenderedAnswer("mission_country", "Country", "Venezuela", false)]),
                ("Story", [new RenderedAnswer("narrative", "Your story", Narrative, true)]),
                ("Empty", []),
            ],
            [new AttachmentInfo(1, "contrato.jpg", "image/jpeg", 2_500_000, new string('a', 64))]);
        catalog.Add(
            new TestimonySummary(Brazil, new DateOnly(2025, 4, 2), "pt", "BR", "medicine", TestimonyStatus.InReview, 0),
            [("Mission", [new RenderedAnswer("mission_country", "Country", "Brazil", false)])],
            []);
        catalog.Add(
            new TestimonySummary(Mexico, new DateOnly(2025, 4, 20), "es", "MX", "nursing", TestimonyStatus.Done, 0),
            [],
            []);
        catalog.Add(
            new TestimonySummary(Hostile, new DateOnly(2025, 5, 5), "en", null, null, TestimonyStatus.New, 1),
            [("Story", [new RenderedAnswer("narrative", "Your story", HostileNarrative, true)])],
            [new AttachmentInfo(1, HostileFileName, "text/html\"><script>", 10, new string('b', 64))]);
        return catalog;
    }
}
