using System.Security.Cryptography;
using System.Text;

namespace Intake.EndToEnd.Workflow;

/// <summary>
/// One fictional testimony as a source sends it: answers (with a canary in the narrative that
/// must never reach a disk in the clear) and one or two attachments of random bytes.
/// </summary>
public sealed record SentTestimony(int Number, string Canary, IReadOnlyList<(string Name, string Value)> Answers, IReadOnlyList<(string FileName, byte[] Content)> Attachments)
{
    private static readonly string[] Countries = ["VE", "BR", "MX", "BO", "AO", "DZ", "BS", "AR", "SA"];
    private static readonly string[] Sectors = ["medicine", "nursing", "education", "construction", "culture"];

    public string Narrative => Answers.Single(answer => answer.Name == "narrative").Value;

    public string Answer(string name) => Answers.Single(answer => answer.Name == name).Value;

    /// <summary>Testimony <paramref name="number"/>: deterministic answers, random attachments (one over a 64 KiB age chunk).</summary>
    public static SentTestimony Make(int number)
    {
        var canary = $"CANARIO-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
        var narrative = new StringBuilder()
            .Append($"Testimonio de prueba {number}. Me quitaron el pasaporte al llegar; {canary}.\n")
            .Append("El coordinador guardaba el salario en una cuenta congelada en Cuba. «No vuelvas» — ñandú 🇨🇺")
            .ToString();
        var answers = new List<(string, string)>
        {
            ("mission_country", Countries[number % Countries.Length]),
            ("sector", Sectors[number % Sectors.Length]),
            ("profession", $"Profesión {number} — médica general"),
            ("pay_withheld_percent", (50 + (number % 48)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("narrative", narrative),
            ("consent_statistics", "yes"),
            ("consent_quotes", number % 2 == 0 ? "yes" : "no"),
            ("consent_un_and_courts", "yes"),
        };
        var attachments = new List<(string, byte[])> { ($"adjunto-{number}-a.bin", RandomNumberGenerator.GetBytes(1000 + (number * 997 % 40_000))) };
        if (number % 3 == 0)
        {
            attachments.Add(($"adjunto-{number}-b.bin", RandomNumberGenerator.GetBytes(70_000 + number)));
        }

        return new SentTestimony(number, canary, answers, attachments);
    }
}
