using Intake.Crypto.Recipients;
using Intake.Review.Workspace;

namespace Intake.Review.Tests.Support;

/// <summary>
/// A fresh workspace in a temporary directory, with cheap key derivation, one post-quantum
/// identity and a trusted test server: ready to import that server's bundles.
/// </summary>
internal sealed class TestWorkspace : IDisposable
{
    public const string Passphrase = "correct horse battery staple";

    private readonly TempDirectory temp;

    public TestWorkspace(bool withIdentity = true)
    {
        temp = new TempDirectory("review");
        Directory = Path.Combine(temp.Path, "workspace");
        PassphraseFile = temp.WriteText("passphrase.txt", Passphrase + "\n");
        Server = new TestServer(temp.CreateSubdirectory("bundles"));
        Workspace = ReviewWorkspace.Create(Directory, Passphrase, TestKdf.Cheap);
        Workspace.TrustedServers.Add(Server.Key.PublicKey);
        if (withIdentity)
        {
            Recipients = [AgeKeys.ParseRecipient(Workspace.Identities.Generate(classic: false, "test reviewer").Recipients[0])];
        }
    }

    public string Directory { get; }

    public string PassphraseFile { get; }

    public ReviewWorkspace Workspace { get; }

    public TestServer Server { get; }

    /// <summary>The workspace identity's public key(s): what the server encrypts to.</summary>
    public IReadOnlyList<IRecipient> Recipients { get; } = [];

    /// <summary>A path in the temporary directory (outside the workspace).</summary>
    public string PathFor(string name) => temp.File(name);

    public TestSubmission Submission(string narrative = "Nos retiraron el pasaporte al llegar.", IReadOnlyList<TestAttachment>? attachments = null) =>
        TestSubmission.Create([.. Recipients], TestSubmission.TypicalAnswers(narrative), attachments: attachments);

    public IReadOnlyDictionary<string, string> Fingerprint() => WorkspaceFiles.Fingerprint(Directory);

    public void Dispose()
    {
        Workspace.Dispose();
        Server.Dispose();
        temp.Dispose();
    }
}
