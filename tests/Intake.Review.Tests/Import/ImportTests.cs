using System.Security.Cryptography;
using Dapper;
using Intake.Bundles;
using Intake.Review.Import;
using Intake.Review.Tests.Support;
using Intake.Review.Workspace;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Tests.Import;

public sealed class ImportTests
{
    [Fact]
    public void A_bundle_imports_its_testimonies_sealed_and_its_attachments_as_the_original_ciphertext()
    {
        using var test = new TestWorkspace();
        var large = RandomNumberGenerator.GetBytes((5 * AttachmentImport.ChunkSize / 2) + 17);
        var withFiles = test.Submission("Tengo fotos.", [new TestAttachment("contrato.pdf", "application/pdf", "%PDF-1.4 contrato"u8.ToArray()), new TestAttachment("video.mp4", "video/mp4", large)]);
        var plain = test.Submission();
        var bundle = test.Server.NextBundle(withFiles, plain);

        var result = BundleImporter.Import(test.Workspace, bundle, startChain: false);

        Assert.Equal((false, 2, 2, 0), (result.AlreadyImported, result.Testimonies, result.Attachments, result.AlreadyPresent));
        Assert.Equal(1, result.Sequence);
        var listed = test.Workspace.Catalog.List().OrderBy(t => t.AttachmentCount).ToList();
        Assert.Equal([plain.Id, withFiles.Id], listed.Select(t => t.Id));
        Assert.All(listed, t => Assert.Equal(("es", "VE", "medicine", TestimonyStatus.New, TestSubmission.Day1), (t.SourceLanguage, t.Country, t.Sector, t.Status, t.Day)));
        Assert.Equal([0, 2], listed.Select(t => t.AttachmentCount));
        using var stored = test.Workspace.OpenAttachmentCiphertext(withFiles.Id, 2);
        using var copy = new MemoryStream();
        stored.CopyTo(copy);
        Assert.Equal(withFiles.Parts[2], copy.ToArray());
        Assert.Equal(3, Count(test, "SELECT count(*) FROM attachment_chunks WHERE part_index = 2"));
        Assert.Equal(4, Count(test, "SELECT count(*) FROM parts"));
    }

    [Fact]
    public void Importing_the_same_bundle_again_changes_nothing()
    {
        using var test = new TestWorkspace();
        var bundle = test.Server.NextBundle(test.Submission(), test.Submission());
        var first = BundleImporter.Import(test.Workspace, bundle, startChain: false);
        var before = test.Fingerprint();

        var again = BundleImporter.Import(test.Workspace, bundle, startChain: false);

        Assert.True(again.AlreadyImported);
        Assert.Equal((first.BundleId, 0), (again.BundleId, again.Testimonies));
        Assert.Equal(before, test.Fingerprint());
        Assert.Equal(2, test.Workspace.Catalog.List().Count);
    }

    [Fact]
    public void A_chain_of_bundles_imports_in_order_and_is_acknowledged_with_each_manifest_hash()
    {
        using var test = new TestWorkspace();
        var first = test.Submission();
        var second = test.Submission();
        var third = test.Submission();
        var bundle1 = test.Server.NextBundle(first);
        var bundle2 = test.Server.NextBundle(second, third);

        BundleImporter.Import(test.Workspace, bundle1, startChain: false);
        BundleImporter.Import(test.Workspace, bundle2, startChain: false);
        var acknowledgement = Acknowledgement.Parse(test.Workspace.Bundles.Acknowledge().ToJson());

        Assert.Equal([1L, 2L], acknowledgement.Bundles.Select(b => b.Sequence));
        Assert.Equal([ManifestSha256(test, bundle1), ManifestSha256(test, bundle2)], acknowledgement.Bundles.Select(b => b.ManifestSha256));
        Assert.Equal([first.Id], acknowledgement.Bundles[0].Submissions);
        Assert.Equal(new[] { second.Id, third.Id }.Order(), acknowledgement.Bundles[1].Submissions.Order());
        Assert.All(acknowledgement.Bundles, b => Assert.Equal(test.Server.Key.PublicKey.KeyId, b.ServerKeyId));
    }

    [Fact]
    public void A_testimony_repeated_unchanged_by_a_later_bundle_is_kept_once_and_acknowledged_in_both()
    {
        using var test = new TestWorkspace();
        var repeated = test.Submission();
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(repeated), startChain: false);

        var result = BundleImporter.Import(test.Workspace, test.Server.NextBundle(repeated, test.Submission()), startChain: false);

        Assert.Equal((1, 1), (result.Testimonies, result.AlreadyPresent));
        Assert.Equal(2, test.Workspace.Catalog.List().Count);
        Assert.All(test.Workspace.Bundles.Acknowledge().Bundles, b => Assert.Contains(repeated.Id, b.Submissions));
    }

    [Fact]
    public void An_empty_bundle_keeps_the_chain_going()
    {
        using var test = new TestWorkspace();

        var empty = BundleImporter.Import(test.Workspace, test.Server.NextBundle(), startChain: false);
        var next = BundleImporter.Import(test.Workspace, test.Server.NextBundle(test.Submission()), startChain: false);

        Assert.Equal((1L, 0), (empty.Sequence, empty.Testimonies));
        Assert.Equal((2L, 1), (next.Sequence, next.Testimonies));
        Assert.Empty(test.Workspace.Bundles.Acknowledge().Bundles[0].Submissions);
    }

    [Fact]
    public void Several_batches_of_answers_import_in_one_pass()
    {
        using var test = new TestWorkspace();
        var submissions = Enumerable.Range(0, 1200).Select(i => test.Submission($"Testimonio número {i}.")).ToArray();

        var result = BundleImporter.Import(test.Workspace, test.Server.NextBundle(submissions), startChain: false);

        Assert.Equal(1200, result.Testimonies);
        var some = submissions[777];
        var detail = test.Workspace.Catalog.Find(some.Id, "en")!;
        Assert.Contains(detail.Sections.SelectMany(s => s.Answers), a => a.Answer == "Testimonio número 777.");
    }

    private static long Count(TestWorkspace test, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(test.Directory, "workspace.db")};Mode=ReadOnly;Pooling=False");
        return connection.ExecuteScalar<long>(sql);
    }

    private static byte[] ManifestSha256(TestWorkspace test, string bundle)
    {
        using var reader = BundleReader.Open(File.OpenRead(bundle), _ => test.Server.Key.PublicKey);
        return reader.ManifestSha256;
    }
}
