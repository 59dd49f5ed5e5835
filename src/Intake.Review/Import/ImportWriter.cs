using Intake.Bundles;
using Intake.Review.Workspace;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Import;

/// <summary>
/// The inserts of one import, all in one transaction, each a prepared command reused for every
/// row: ten thousand testimonies cost ten thousand bindings, not ten thousand SQL parses.
/// </summary>
internal sealed class ImportWriter : IDisposable
{
    private readonly SqliteCommand insertTestimony;
    private readonly SqliteCommand insertPart;
    private readonly SqliteCommand insertChunk;
    private readonly SqliteCommand linkBundle;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;

    public ImportWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        insertTestimony = Prepare(
            """
            INSERT INTO testimonies (id, day, attachment_count, answers_sealed, language_sealed, country_sealed, sector_sealed)
            VALUES ($id, $day, $attachments, $answers, $language, $country, $sector)
            """,
            "$id", "$day", "$attachments", "$answers", "$language", "$country", "$sector");
        insertPart = Prepare(
            """
            INSERT INTO parts (testimony_id, part_index, ciphertext_size, ciphertext_sha256, name_sealed, type_sealed)
            VALUES ($id, $index, $size, $sha256, $name, $type)
            """,
            "$id", "$index", "$size", "$sha256", "$name", "$type");
        insertChunk = Prepare("INSERT INTO attachment_chunks (testimony_id, part_index, seq, data) VALUES ($id, $index, $seq, $data)", "$id", "$index", "$seq", "$data");
        linkBundle = Prepare("INSERT INTO bundle_testimonies (bundle_id, testimony_id) VALUES ($bundle, $id)", "$bundle", "$id");
    }

    public void InsertBundle(BundleManifest manifest, byte[] manifestSha256)
    {
        using var command = Prepare(
            """
            INSERT INTO bundles (bundle_id, server_key_id, sequence, previous_bundle_id, manifest_sha256, created_day)
            VALUES ($bundle, $server, $sequence, $previous, $sha256, $day)
            """,
            "$bundle", "$server", "$sequence", "$previous", "$sha256", "$day");
        Run(
            command,
            TestimonyFields.Row(manifest.BundleId),
            manifest.ServerKeyId,
            manifest.Sequence,
            manifest.PreviousBundleId is { } previous ? TestimonyFields.Row(previous) : DBNull.Value,
            manifestSha256,
            IsoDay.ToText(manifest.CreatedDay));
    }

    public void InsertTestimony(DecodedSubmission submission) => Run(
        insertTestimony,
        TestimonyFields.Row(submission.Id),
        IsoDay.ToText(submission.Day),
        submission.Attachments.Count,
        submission.SealedAnswers,
        submission.SealedLanguage,
        submission.SealedCountry,
        submission.SealedSector);

    public void InsertPart(BundlePart part, byte[]? sealedName, byte[]? sealedType) => Run(
        insertPart,
        TestimonyFields.Row(part.SubmissionId),
        part.PartIndex,
        part.Size,
        part.Sha256,
        (object?)sealedName ?? DBNull.Value,
        (object?)sealedType ?? DBNull.Value);

    public void InsertChunk(BundlePart part, long seq, byte[] data) =>
        Run(insertChunk, TestimonyFields.Row(part.SubmissionId), part.PartIndex, seq, data);

    public void LinkBundle(Guid bundleId, Guid testimonyId) =>
        Run(linkBundle, TestimonyFields.Row(bundleId), TestimonyFields.Row(testimonyId));

    public void Dispose()
    {
        insertTestimony.Dispose();
        insertPart.Dispose();
        insertChunk.Dispose();
        linkBundle.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    /// <param name="values">In the order the parameters were named to <see cref="Prepare"/>.</param>
    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        command.ExecuteNonQuery();
    }
}
