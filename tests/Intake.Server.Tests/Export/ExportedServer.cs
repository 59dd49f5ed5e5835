using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using Intake.Bundles;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Export;

/// <summary>
/// One deployment taken through a chain of exports, all with real processes: `intake serve`
/// receives three testimonies (two with files); `intake export` is refused an existing --out
/// file, then writes bundle 1, then an empty bundle 2; a fourth testimony arrives and goes
/// into bundle 3; a fifth stays pending; `--again 1` writes bundle 1 again. The server is then
/// stopped, so tests read the data directory as it rests, or purge copies of it.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ExportedServer : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _root = new("export");

    public string Data => _root.File("data");

    public string Out => _root.File("out");

    internal SubmissionRows Rows => new(Path.Combine(Data, "intake.db"));

    /// <summary>The export key file as it was right after `intake serve` started, before any export.</summary>
    internal byte[]? KeyAtStart { get; private set; }

    internal UnixFileMode KeyModeAtStart { get; private set; }

    internal ProcessResult ShowKey { get; private set; } = null!;

    internal ExportPublicKey ShownKey => ExportPublicKey.Parse(ShowKey.StdoutText.Split('\n')[0]);

    internal IReadOnlyList<SentTestimony> FirstBatch { get; private set; } = [];

    internal SentTestimony Later { get; private set; } = null!;

    internal SentTestimony Pending { get; private set; } = null!;

    internal IEnumerable<SentTestimony> All => [.. FirstBatch, Later, Pending];

    internal string Taken => Path.Combine(Out, "taken.bundle");

    internal static byte[] TakenContents => "an operator's own file, not to be overwritten\n"u8.ToArray();

    internal ProcessResult Refused { get; private set; } = null!;

    internal IReadOnlyList<SubmissionRow> RowsAfterRefusal { get; private set; } = [];

    internal IReadOnlyList<(long Sequence, bool HasManifest)> BundlesAfterRefusal { get; private set; } = [];

    internal ExportRun First { get; private set; } = null!;

    internal ExportRun Empty { get; private set; } = null!;

    internal ExportRun Third { get; private set; } = null!;

    internal ExportRun FirstAgain { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Out);
        IntakeCommand.AddRecipient(Data, DemoReviewer.Recipient);
        await using var server = await ServerProcess.StartAsync(Data, new Dictionary<string, string?>());
        var keyFile = Path.Combine(Data, "export-signing.key");
        KeyAtStart = File.Exists(keyFile) ? File.ReadAllBytes(keyFile) : null;
        KeyModeAtStart = File.Exists(keyFile) ? File.GetUnixFileMode(keyFile) : default;
        ShowKey = IntakeCommand.Run("export", "--show-key", "--data", Data).EnsureSuccess();

        FirstBatch =
        [
            await SentTestimony.SubmitAsync(server.BaseAddress, Rows, "Nos quitaron el pasaporte al llegar (uno).",
                new SentFile("pasaporte.jpg", "image/jpeg", RandomNumberGenerator.GetBytes(150 * 1024)),
                new SentFile("contrato.txt", "text/plain", Encoding.UTF8.GetBytes("Contrato nunca visto antes de salir.\n"))),
            await SentTestimony.SubmitAsync(server.BaseAddress, Rows, "El 75 % del salario se quedaba en Cuba (dos).",
                new SentFile("nómina.pdf", "application/pdf", RandomNumberGenerator.GetBytes(9 * 1024))),
            await SentTestimony.SubmitAsync(server.BaseAddress, Rows, "Nos vigilaban los teléfonos (tres)."),
        ];

        File.WriteAllBytes(Taken, TakenContents);
        Refused = Export("--out", Taken);
        RowsAfterRefusal = Rows.List();
        BundlesAfterRefusal = Rows.Bundles();

        First = ExportRun.To(Path.Combine(Out, "bundle-1.bundle"), Data);
        Empty = ExportRun.To(Path.Combine(Out, "bundle-2.bundle"), Data);
        Later = await SentTestimony.SubmitAsync(server.BaseAddress, Rows, "Prohibido volver ocho años (cuatro).");
        Third = ExportRun.To(Path.Combine(Out, "bundle-3.bundle"), Data);
        Pending = await SentTestimony.SubmitAsync(server.BaseAddress, Rows, "Todavía sin exportar (cinco).",
            new SentFile("nota.txt", "text/plain", Encoding.UTF8.GetBytes("pendiente\n")));
        FirstAgain = ExportRun.To(Path.Combine(Out, "bundle-1-again.bundle"), Data, "--again", "1");

        Assert.Equal(0, (await server.StopAsync()).ExitCode);
    }

    /// <summary>Opens a bundle trusting only the key `intake export --show-key` printed.</summary>
    internal BundleReader Open(string bundle) =>
        BundleReader.Open(File.OpenRead(bundle), id => id == ShownKey.KeyId ? ShownKey : null);

    internal ProcessResult Export(params string[] arguments) =>
        IntakeCommand.Run(["export", "--data", Data, .. arguments]);

    /// <summary>A private copy of the resting data directory, for a test that changes it.</summary>
    internal string CopyData(TempDirectory directory) => DataDirectoryCopy.Copy(Data, directory.NewPath("data"));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _root.Dispose();
}

/// <summary>One `intake export --out PATH` and what it printed.</summary>
internal sealed record ExportRun(string Path, ProcessResult Result)
{
    public static ExportRun To(string path, string data, params string[] more) =>
        new(path, IntakeCommand.Run(["export", "--data", data, "--out", path, .. more]).EnsureSuccess());
}

[CollectionDefinition(Name)]
public sealed class ExportedServerTests : ICollectionFixture<ExportedServer>
{
    public const string Name = "exported server";
}
