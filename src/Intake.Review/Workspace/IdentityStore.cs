using System.Security.Cryptography;
using System.Text;
using Dapper;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.Review.Workspace;

/// <summary>
/// The reviewers' age identities. Each is an identity file (as age-keygen writes it) encrypted
/// to the workspace passphrase with age's scrypt recipient, so `age -d` opens it too; the
/// database keeps only its name, public keys and label.
/// </summary>
public sealed class IdentityStore
{
    private readonly WorkspaceDatabase database;
    private readonly string directory;
    private readonly string passphrase;
    private readonly int scryptWorkFactor;

    internal IdentityStore(WorkspaceDatabase database, string directory, string passphrase, int scryptWorkFactor)
    {
        this.database = database;
        this.directory = directory;
        this.passphrase = passphrase;
        this.scryptWorkFactor = scryptWorkFactor;
    }

    /// <summary>Every configured identity, by name.</summary>
    public IReadOnlyList<WorkspaceIdentity> List()
    {
        using var connection = database.OpenConnection();
        return connection.Query<(string Name, string Recipients, string? Label, string AddedDay)>(
                "SELECT name, recipients, label, added_day FROM identities ORDER BY name")
            .Select(row => new WorkspaceIdentity(row.Name, row.Recipients.Split('\n'), row.Label, IsoDay.Parse(row.AddedDay)))
            .ToList();
    }

    /// <summary>Generates a post-quantum hybrid identity (age1pq1…), or X25519 (age1…) when <paramref name="classic"/>.</summary>
    public WorkspaceIdentity Generate(bool classic, string? label)
    {
        if (classic)
        {
            using var x25519 = X25519Identity.Generate();
            return Store([x25519], label);
        }
        using var hybrid = MlKem768X25519Identity.Generate();
        return Store([hybrid], label);
    }

    /// <summary>Stores the secret keys of an existing identity file, re-encrypted to the workspace passphrase.</summary>
    /// <exception cref="WorkspaceException">One of the keys is already in the workspace.</exception>
    public WorkspaceIdentity Add(IReadOnlyList<IIdentity> identities, string? label) => Store(identities, label);

    /// <summary>Decrypts every identity file with the workspace passphrase, once.</summary>
    /// <exception cref="WorkspaceException">There is no identity, or a file is missing or does not open.</exception>
    public UnlockedIdentities Unlock()
    {
        var configured = List();
        if (configured.Count == 0)
        {
            throw new WorkspaceException(
                "This workspace has no identity to decrypt with. Generate one with `review keygen` (and give its public key to the operator), or add an existing one with `review identity add FILE`.");
        }
        var identities = new List<IIdentity>();
        try
        {
            foreach (var identity in configured)
            {
                identities.AddRange(Load(identity.Name));
            }
            return new UnlockedIdentities(identities);
        }
        catch
        {
            new UnlockedIdentities(identities).Dispose();
            throw;
        }
    }

    private IReadOnlyList<IIdentity> Load(string name)
    {
        var path = FilePath(name);
        byte[]? plaintext = null;
        try
        {
            using var scrypt = new ScryptIdentity(passphrase);
            plaintext = AgeDecryptor.Decrypt(File.ReadAllBytes(path), [scrypt]);
            return AgeKeys.ParseIdentityFile(Encoding.UTF8.GetString(plaintext));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AgeFormatException or NoIdentityMatchedException or KeyFormatException)
        {
            throw new WorkspaceException(
                $"The identity file {path} cannot be opened with the workspace passphrase ({e.Message}). Restore it from a backup, or remove the workspace's copy of that identity and add it again with `review identity add`.", e);
        }
        finally
        {
            if (plaintext is not null)
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
    }

    private WorkspaceIdentity Store(IReadOnlyList<IIdentity> identities, string? label)
    {
        var keys = identities.Select(Describe).ToList();
        var existing = List();
        var duplicate = existing.FirstOrDefault(identity => identity.Recipients.Intersect(keys.Select(key => key.Recipient)).Any());
        if (duplicate is not null)
        {
            throw new WorkspaceException($"This identity is already in the workspace as \"{duplicate.Name}\"; nothing was changed.");
        }
        label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        // A file left without its row (a crash between the two writes) keeps its name too.
        var taken = existing.Select(identity => identity.Name)
            .Concat(Directory.EnumerateFiles(directory, "*.age").Select(Path.GetFileNameWithoutExtension).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        var name = IdentityNames.Choose(label, taken);
        var day = IsoDay.Today;
        WriteIdentityFile(FilePath(name), keys, day);
        try
        {
            using var connection = database.OpenConnection();
            var recipients = string.Join('\n', keys.Select(key => key.Recipient));
            connection.Execute(
                "INSERT INTO identities (name, recipients, label, added_day) VALUES (@name, @recipients, @label, @day)",
                new { name, recipients, label, day = IsoDay.ToText(day) });
        }
        catch
        {
            File.Delete(FilePath(name));
            throw;
        }
        return new WorkspaceIdentity(name, [.. keys.Select(key => key.Recipient)], label, day);
    }

    private void WriteIdentityFile(string path, IReadOnlyList<(string Secret, string Recipient)> keys, DateOnly day)
    {
        var text = new StringBuilder($"# created: {IsoDay.ToText(day)}\n");
        foreach (var (secret, recipient) in keys)
        {
            text.Append("# public key: ").Append(recipient).Append('\n').Append(secret).Append('\n');
        }
        var plaintext = Encoding.UTF8.GetBytes(text.ToString());
        text.Clear();
        try
        {
            using var recipient = new ScryptRecipient(passphrase, scryptWorkFactor);
            var ciphertext = AgeEncryptor.Encrypt(plaintext, [recipient]);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using var file = new FileStream(path, options);
            file.Write(ciphertext);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static (string Secret, string Recipient) Describe(IIdentity identity) => identity switch
    {
        MlKem768X25519Identity hybrid => (hybrid.EncodeSecret(), hybrid.Recipient.ToString()),
        X25519Identity x25519 => (x25519.EncodeSecret(), x25519.Recipient.ToString()),
        _ => throw new WorkspaceException("Only X25519 (AGE-SECRET-KEY-1…) and post-quantum (AGE-SECRET-KEY-PQ-1…) identities can be added to a workspace."),
    };

    private string FilePath(string name) => Path.Combine(directory, name + ".age");
}
