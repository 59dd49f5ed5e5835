using Intake.EndToEnd.Http;
using Intake.EndToEnd.Support;
using Xunit.Abstractions;

namespace Intake.EndToEnd.Review;

/// <summary>
/// A real review workspace holding real testimonies, made the way the team makes one: sources
/// send testimonies to an intake server over HTTP, the operator runs `intake export`, and the
/// reviewer runs `review init`, `review identity add` (the DEMO key), `review trust-server` and
/// `review import` on the bundle.
/// </summary>
public static class ImportedWorkspace
{
    public const string Passphrase = "tres palabras largas, solo para pruebas";
    public const string AttachmentName = "contrato-mision.pdf";

    /// <summary>What each sample source sends: language, country, sector, narrative.</summary>
    public static IReadOnlyList<(string Language, string Country, string Sector, string Narrative)> Sources { get; } =
    [
        ("es", "VE", "medicine", "Nos quitaron el pasaporte al llegar a Caracas.\nNunca vi el contrato."),
        ("pt", "BR", "nursing", "O coordenador guardava os passaportes. <script>alert('x')</script> & “aspas”"),
        ("en", "MX", "education", "We could not leave the residence after six in the evening."),
    ];

    /// <summary>Sends <see cref="Sources"/> to a fresh intake server and imports its export into a new workspace in <paramref name="temp"/>.</summary>
    public static async Task<ReviewProgram> CreateAsync(TempDirectory temp, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(temp);
        var bundle = temp.File("export.bundle");
        string serverKey;
        await using (var site = await IntakeSite.StartAsync(output))
        {
            foreach (var (language, country, sector, narrative) in Sources)
            {
                await SubmitAsync(site, language, country, sector, narrative);
            }
            serverKey = IntakePrograms.Intake("export", "--data", site.DataDirectory, "--show-key").EnsureSuccess().StdoutText.Split('\n')[0].Trim();
            IntakePrograms.Intake("export", "--data", site.DataDirectory, "--out", bundle).EnsureSuccess();
        }

        var review = new ReviewProgram(temp.NewPath("workspace"), temp.WritePrivate("passphrase.txt", Passphrase + "\n"));
        review.Run("init");
        review.Run("identity", "add", DemoKey.IdentityFile, "--identity-passphrase-file", DemoKey.PassphraseFile);
        review.Run("trust-server", serverKey);
        output?.WriteLine(review.Run("import", bundle).StdoutText);
        return review;
    }

    // The Spanish source also sends a file, so the UI has an attachment to describe.
    private static async Task SubmitAsync(IntakeSite site, string language, string country, string sector, string narrative)
    {
        using var client = new FormClient(site.Server.BaseAddress);
        using var attachment = FormClient.Bytes("%PDF-1.4\n% contrato de prueba\n"u8.ToArray(), "application/pdf");
        using var response = await client.SubmitAsync(
            await client.LoadFormAsync(language),
            [
                ("mission_country", country),
                ("sector", sector),
                ("narrative", narrative),
                ("consent_statistics", "yes"),
                ("consent_quotes", "no"),
                ("consent_un_and_courts", "yes"),
            ],
            language == "es" ? [(AttachmentName, attachment)] : [],
            language);
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, response.StatusCode);
    }
}
