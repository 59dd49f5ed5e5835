using System.Runtime.Versioning;
using System.Text;
using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Attachments;

/// <summary>`review attachment` with the real mat2 (Debian package mat2).</summary>
public sealed class AttachmentCommandTests : IDisposable
{
    private const string Author = "Dra. Secreta";
    private readonly TestWorkspace test = new();
    private readonly TestSubmission submission;
    private readonly byte[] photo = TestPng.WithText(("Author", Author), ("GPSLatitude", "10.4806"));
    private readonly byte[] unknownType = Encoding.UTF8.GetBytes($"raw bytes by {Author}");

    public AttachmentCommandTests()
    {
        ExternalTool.Find("mat2", "mat2");
        submission = test.Submission("Adjunto una foto.", [new TestAttachment("IMG_0001.PNG", "image/png", photo), new TestAttachment("datos.bin", "application/octet-stream", unknownType)]);
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(submission), startChain: false);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_photo_is_copied_without_its_metadata_with_a_warning_naming_the_fields()
    {
        var output = Path.Combine(OutputDirectory(), "photo.png");

        var result = Run("1", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Warning: the original held metadata that can identify a person or a place: Author, GPSLatitude. mat2 removed it from the copy; remember the source's device recorded it.\n", result.Error);
        Assert.StartsWith($"Wrote {output} (", result.Out, StringComparison.Ordinal);
        Assert.Contains("metadata removed by mat2). It was not opened", result.Out, StringComparison.Ordinal);
        var copy = File.ReadAllBytes(output);
        Assert.Equal(-1, copy.AsSpan().IndexOf(Encoding.Latin1.GetBytes(Author)));
        Assert.Equal(photo[..8], copy[..8]);
        Assert.Contains("No metadata found", ProcessRunner.Run(ExternalTool.Find("mat2", "mat2"), ["--show", output], []).StdoutText, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
        Assert.Equal(["photo.png"], Directory.EnumerateFileSystemEntries(OutputDirectory()).Select(Path.GetFileName));
    }

    [Fact]
    public void An_existing_file_is_never_replaced()
    {
        var output = Path.Combine(OutputDirectory(), "taken.png");
        File.WriteAllText(output, "the reviewer's own file");

        var result = Run("1", "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"review: {output} already exists; nothing was written. Name a new file with --out.\n", result.Error);
        Assert.Equal("the reviewer's own file", File.ReadAllText(output));
        Assert.Single(Directory.EnumerateFileSystemEntries(OutputDirectory()));
    }

    [Fact]
    public void No_clean_copies_the_exact_bytes_with_a_warning()
    {
        var output = Path.Combine(OutputDirectory(), "original.png");

        var result = Run("1", "--out", output, "--no-clean");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(photo, File.ReadAllBytes(output));
        Assert.Contains("copied with --no-clean: the file keeps its metadata", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_mat2_cannot_clean_is_copied_as_it_is_with_a_warning()
    {
        var output = Path.Combine(OutputDirectory(), "data.bin");

        var result = Run("2", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(unknownType, File.ReadAllBytes(output));
        Assert.Contains("mat2 cannot clean this type of file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_attachment_number_is_refused()
    {
        var result = Run("3", "--out", Path.Combine(OutputDirectory(), "none"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"review: Testimony {submission.Id} has attachments 1 to 2, not 3; `review show {submission.Id}` lists them.\n", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(OutputDirectory()));
    }

    [Fact]
    public void Without_mat2_the_command_refuses_and_says_to_install_it()
    {
        var output = Path.Combine(OutputDirectory(), "photo.png");
        var environment = new Dictionary<string, string?> { ["PATH"] = OutputDirectory() };

        var result = ReviewProgram.Run(["attachment", submission.Id.ToString(), "1", "--out", output, "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile], environment);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("review: mat2 is not installed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("sudo apt install mat2", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    public void Dispose() => test.Dispose();

    private string OutputDirectory() => Directory.CreateDirectory(test.PathFor("out")).FullName;

    private CommandResult Run(params string[] args) =>
        CommandRunner.Run(["attachment", submission.Id.ToString(), .. args, "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile]);
}
