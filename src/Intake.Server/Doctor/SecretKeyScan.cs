using System.Text;

namespace Intake.Server.Doctor;

/// <summary>
/// No reviewer secret key may ever sit on the server: it would open every testimony. Every
/// file under the data directory is scanned for the age secret-key prefix, in either case
/// (a key pasted as a recipient label would be inside the database).
/// </summary>
internal static class SecretKeyScan
{
    private static readonly byte[] Upper = Encoding.ASCII.GetBytes("AGE-SECRET-KEY-");
    private static readonly byte[] Lower = Encoding.ASCII.GetBytes("age-secret-key-");

    public static CheckResult Run(string directory)
    {
        const string name = "no secret key on the server";
        var found = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(Contains)
            .ToList();
        return found.Count == 0
            ? CheckResult.Pass(name, "no age secret key in any file of the data directory")
            : CheckResult.Fail(name, $"an age secret key is in {string.Join(", ", found)}. Move it to the reviewers' offline laptop, delete it here (intake recipients remove ID if it was added as a label), and treat the key as exposed: the reviewers should make a new one.");
    }

    private static bool Contains(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[(1 << 16) + Upper.Length];
        var carried = 0;
        int read;
        while ((read = file.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var window = buffer.AsSpan(0, carried + read);
            if (window.IndexOf(Upper) >= 0 || window.IndexOf(Lower) >= 0)
            {
                return true;
            }

            // Keep the tail so a prefix split across two reads is still found.
            carried = Math.Min(Upper.Length - 1, window.Length);
            window[^carried..].CopyTo(buffer);
        }

        return false;
    }
}
