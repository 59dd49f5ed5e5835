namespace Intake.AgeCli.Tests.Support;

/// <summary>An identity file on disk and the recipient it decrypts for.</summary>
public sealed record KeyFile(string IdentityPath, string Recipient)
{
    private const string PublicKeyComment = "# public key: ";

    /// <summary>Reads an age-keygen style file, taking the recipient from its "# public key:" comment.</summary>
    public static KeyFile Read(string path)
    {
        var publicKey = File.ReadAllLines(path).FirstOrDefault(line => line.StartsWith(PublicKeyComment, StringComparison.Ordinal));
        Assert.True(publicKey is not null, $"{path} has no \"{PublicKeyComment}\" line");
        return new KeyFile(path, publicKey[PublicKeyComment.Length..].Trim());
    }

    /// <summary>Writes a bare identity string (as typage returns it) as a one-line identity file.</summary>
    public static KeyFile Write(string path, string identity, string recipient)
    {
        File.WriteAllText(path, identity + "\n");
        return new KeyFile(path, recipient);
    }
}
