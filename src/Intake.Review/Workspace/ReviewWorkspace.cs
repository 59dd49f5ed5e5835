using Dapper;

namespace Intake.Review.Workspace;

/// <summary>
/// An unlocked workspace: a directory holding workspace.db and identities/NAME.age, opened
/// with the one workspace passphrase. Everything derived from testimonies is decrypted only
/// in memory, through <see cref="Catalog"/>; disposing zeroes the workspace key.
/// </summary>
public sealed class ReviewWorkspace : IDisposable
{
    public const string DefaultDirectory = "review-workspace";
    public const int MinimumPassphraseLength = 8;
    private const string IdentitiesDirectoryName = "identities";

    private readonly TestimonyCatalog catalog;

    private ReviewWorkspace(string directory, WorkspaceDatabase database, WorkspaceKey key, string passphrase, int scryptWorkFactor)
    {
        DirectoryPath = directory;
        Database = database;
        Key = key;
        catalog = new TestimonyCatalog(database, key);
        Identities = new IdentityStore(database, Path.Combine(directory, IdentitiesDirectoryName), passphrase, scryptWorkFactor);
        TrustedServers = new TrustedServerStore(database);
        Bundles = new BundleLedger(database);
        Coding = new CodingStore(database, key);
        Quotes = new QuoteStore(database, key);
    }

    public string DirectoryPath { get; }

    /// <summary>The imported testimonies, for the command line and the local UI.</summary>
    public ITestimonyCatalog Catalog => catalog;

    /// <summary>The reviewers' age identities, protected by the workspace passphrase.</summary>
    public IdentityStore Identities { get; }

    /// <summary>The pinned export keys of the intake servers whose bundles may be imported.</summary>
    public TrustedServerStore TrustedServers { get; }

    /// <summary>The bundles imported so far, for the chain check and the acknowledgement.</summary>
    public BundleLedger Bundles { get; }

    /// <summary>The codes applied to the testimonies, by this workspace's coder and merged coders.</summary>
    public CodingStore Coding { get; }

    /// <summary>The passages marked for publication in the evidence export, with their redacted wording.</summary>
    public QuoteStore Quotes { get; }

    internal WorkspaceDatabase Database { get; }

    internal WorkspaceKey Key { get; }

    /// <summary>Whether <paramref name="directory"/> holds a workspace database.</summary>
    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, WorkspaceDatabase.FileName));

    /// <returns>The full path of <paramref name="directory"/>.</returns>
    /// <exception cref="WorkspaceException">It holds no workspace.</exception>
    public static string RequireExists(string directory)
    {
        var fullPath = Path.GetFullPath(directory);
        return Exists(fullPath)
            ? fullPath
            : throw new WorkspaceException(
                $"There is no workspace in {fullPath}. Create one with `review init --workspace {fullPath}`, or name the right directory with --workspace.");
    }

    /// <summary>Creates a workspace in a new or empty directory, with a fresh random workspace key.</summary>
    /// <exception cref="WorkspaceException">The directory already holds something, or the passphrase is too short.</exception>
    public static ReviewWorkspace Create(string directory, string passphrase, WorkspaceKdfSettings? kdf = null)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        kdf ??= WorkspaceKdfSettings.Moderate;
        kdf.Check();
        var fullPath = Path.GetFullPath(directory);
        if (passphrase.Length < MinimumPassphraseLength)
        {
            throw new WorkspaceException(
                $"The passphrase is too short: use at least {MinimumPassphraseLength} characters (several unrelated words are easy to remember and hard to guess). Nothing was created.");
        }
        if (Exists(fullPath))
        {
            throw new WorkspaceException($"{fullPath} is already a workspace; nothing was changed. Use it as it is, or name another directory with --workspace.");
        }
        if (Directory.Exists(fullPath) && Directory.EnumerateFileSystemEntries(fullPath).Any())
        {
            throw new WorkspaceException($"{fullPath} exists and is not empty; nothing was changed. Name a new or empty directory with --workspace.");
        }
        var createdDirectory = !Directory.Exists(fullPath);
        try
        {
            CreatePrivateDirectory(fullPath);
            CreatePrivateDirectory(Path.Combine(fullPath, IdentitiesDirectoryName));
            var database = WorkspaceDatabase.Create(Path.Combine(fullPath, WorkspaceDatabase.FileName));
            var key = WorkspaceKey.Generate();
            StoreWrappedKey(database, WrappedWorkspaceKey.Wrap(key, passphrase, kdf));
            return new ReviewWorkspace(fullPath, database, key, passphrase, kdf.ScryptWorkFactor);
        }
        catch
        {
            RemoveHalfCreated(fullPath, createdDirectory);
            throw;
        }
    }

    /// <summary>Opens and unlocks the workspace in <paramref name="directory"/>.</summary>
    /// <exception cref="WorkspaceException">There is no workspace there, or the passphrase is wrong; nothing was changed.</exception>
    public static ReviewWorkspace Open(string directory, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var fullPath = RequireExists(directory);
        var database = WorkspaceDatabase.Open(Path.Combine(fullPath, WorkspaceDatabase.FileName));
        var wrapped = LoadWrappedKey(database);
        var key = wrapped.Unwrap(passphrase, fullPath);
        return new ReviewWorkspace(fullPath, database, key, passphrase, wrapped.Kdf.ScryptWorkFactor);
    }

    /// <summary>A testimony's answers document, decrypted in memory; null when there is no such testimony.</summary>
    public AnswersContent? FindAnswers(Guid id) => catalog.FindAnswers(id);

    /// <summary>The stored age ciphertext of attachment <paramref name="partIndex"/> (1..N) of a testimony; empty when there is none.</summary>
    public Stream OpenAttachmentCiphertext(Guid id, int partIndex) => new AttachmentCiphertextStream(Database, id, partIndex);

    public void Dispose() => Key.Dispose();

    private static void StoreWrappedKey(WorkspaceDatabase database, WrappedWorkspaceKey wrapped)
    {
        using var connection = database.OpenConnection();
        connection.Execute(
            """
            INSERT INTO workspace_key (id, argon_salt, argon_operations, argon_memory_bytes, scrypt_work_factor, wrapped_key, created_day)
            VALUES (1, @Salt, @Operations, @Memory, @WorkFactor, @Wrapped, @Day)
            """,
            new
            {
                wrapped.Salt,
                Operations = wrapped.Kdf.ArgonOperations,
                Memory = wrapped.Kdf.ArgonMemoryBytes,
                WorkFactor = wrapped.Kdf.ScryptWorkFactor,
                wrapped.Wrapped,
                Day = IsoDay.ToText(IsoDay.Today),
            });
    }

    private static WrappedWorkspaceKey LoadWrappedKey(WorkspaceDatabase database)
    {
        using var connection = database.OpenConnection();
        var rows = connection.Query<(byte[] Salt, long Operations, long Memory, long WorkFactor, byte[] Wrapped)>(
            "SELECT argon_salt, argon_operations, argon_memory_bytes, scrypt_work_factor, wrapped_key FROM workspace_key WHERE id = 1").ToList();
        if (rows is not [var stored] || stored.Memory > int.MaxValue || stored.WorkFactor > int.MaxValue)
        {
            throw new WorkspaceException($"The workspace {database.Path} has no usable key record: it was damaged or not fully created. Restore it from a backup.");
        }
        return new WrappedWorkspaceKey(stored.Salt, new WorkspaceKdfSettings(stored.Operations, (int)stored.Memory, (int)stored.WorkFactor), stored.Wrapped);
    }

    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void RemoveHalfCreated(string path, bool createdDirectory)
    {
        if (createdDirectory && Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
            return;
        }
        foreach (var entry in Directory.Exists(path) ? Directory.EnumerateFileSystemEntries(path).ToList() : [])
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }
}
