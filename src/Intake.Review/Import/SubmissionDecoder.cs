using System.Security.Cryptography;
using Intake.Bundles;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;
using Intake.Review.Workspace;

namespace Intake.Review.Import;

/// <summary>
/// Decrypts a submission's answers part in memory, parses it and seals what the workspace
/// keeps. Pure and thread-safe, so the importer runs many at once.
/// </summary>
internal sealed class SubmissionDecoder(IIdentity identity, WorkspaceKey key)
{
    // Each answers part is small; the importer runs one per core instead.
    private static readonly AgeDecryptOptions Sequential = new() { MaxDegreeOfParallelism = 1 };

    /// <param name="partCount">How many parts the manifest gives the submission (answers + attachments).</param>
    /// <exception cref="ImportRefusedException">No identity opens the part, or it is not a matching answers document.</exception>
    public DecodedSubmission Decode(BundlePart answersPart, byte[] ciphertext, int partCount)
    {
        var id = answersPart.SubmissionId;
        var json = Decrypt(id, ciphertext);
        try
        {
            AnswersContent content;
            try
            {
                content = AnswersContent.Parse(json);
            }
            catch (FormatException e)
            {
                throw new ImportRefusedException(
                    ImportRefusal.ContentMismatch,
                    $"The answers of submission {id} decrypt, but are not an answers document ({e.Message}). Nothing was imported. Report it to the operator; the server or the source's browser wrote something wrong.",
                    e);
            }
            if (content.Attachments.Count != partCount - 1)
            {
                throw new ImportRefusedException(
                    ImportRefusal.ContentMismatch,
                    $"Submission {id} lists {content.Attachments.Count} attachment(s) in its answers but the bundle carries {partCount - 1}. Nothing was imported. Ask the operator to export again.");
            }
            return new DecodedSubmission(
                id,
                answersPart.Day,
                key.Seal(json, TestimonyFields.Answers(id)),
                key.SealText(content.Language, TestimonyFields.Language(id)),
                key.SealText(content.TextAnswer(IndexedQuestions.Country) ?? string.Empty, TestimonyFields.Country(id)),
                key.SealText(content.TextAnswer(IndexedQuestions.Sector) ?? string.Empty, TestimonyFields.Sector(id)),
                content.Attachments);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
        }
    }

    private byte[] Decrypt(Guid id, byte[] ciphertext)
    {
        try
        {
            return AgeDecryptor.Decrypt(ciphertext, [identity], Sequential);
        }
        catch (NoIdentityMatchedException e)
        {
            throw ImportFailures.NoIdentityOpens(id, 0, e);
        }
        catch (AgeFormatException e)
        {
            throw ImportFailures.DamagedPart(id, 0, e);
        }
    }
}
