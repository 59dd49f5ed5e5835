using System.Security.Cryptography;
using Intake.Crypto.Age;
using Intake.Questionnaires;
using Intake.Review.Workspace;

namespace Intake.Review.Attachments;

/// <summary>
/// Copies one attachment out of the workspace: decrypts its stored ciphertext to a private
/// temporary file beside the destination, checks it against the source's answers, has mat2
/// remove its metadata (when asked and the type allows), then renames the result into place.
/// It never opens the file: that is the reviewer's decision.
/// </summary>
internal static class AttachmentExporter
{
    /// <param name="mat2">Null to copy without cleaning (--no-clean).</param>
    /// <exception cref="ReviewException">No such attachment, the destination exists, or mat2 failed; nothing was left behind.</exception>
    public static ExportedAttachment Export(ReviewWorkspace workspace, Guid id, int partIndex, string destination, Mat2? mat2)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var target = Path.GetFullPath(destination);
        RefuseExisting(target);
        var expected = Describe(workspace, id, partIndex);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".review-{Guid.NewGuid():N}{ExtensionOf(expected.FileName, target)}");
        string? cleaned = null;
        try
        {
            var size = Decrypt(workspace, id, partIndex, expected, temporary);
            IReadOnlyList<string> identifying = [];
            var unsupported = mat2 is not null && !mat2.Supports(Path.GetExtension(temporary));
            if (mat2 is not null && !unsupported)
            {
                identifying = [.. mat2.Show(temporary).Where(field => field.CanIdentify).Select(field => field.Name).Distinct()];
                cleaned = mat2.Clean(temporary);
            }
            File.Move(cleaned ?? temporary, target, overwrite: false);
            MakePrivate(target);
            return new ExportedAttachment(target, cleaned is null ? size : new FileInfo(target).Length, cleaned is not null, unsupported, identifying);
        }
        finally
        {
            Shred(temporary);
            if (cleaned is not null)
            {
                Shred(cleaned);
            }
        }
    }

    private static void RefuseExisting(string target)
    {
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new ReviewException($"{target} already exists; nothing was written. Name a new file with --out.");
        }
        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            throw new ReviewException($"The directory of {target} does not exist; nothing was written. Create it first, or name another --out.");
        }
    }

    private static AttachmentManifestEntry Describe(ReviewWorkspace workspace, Guid id, int partIndex)
    {
        var answers = workspace.FindAnswers(id)
            ?? throw new ReviewException($"There is no testimony {id} in this workspace; `review list` shows the ids.");
        return partIndex >= 1 && partIndex <= answers.Attachments.Count
            ? answers.Attachments[partIndex - 1]
            : throw new ReviewException(answers.Attachments.Count == 0
                ? $"Testimony {id} has no attachments."
                : $"Testimony {id} has attachments 1 to {answers.Attachments.Count}, not {partIndex}; `review show {id}` lists them.");
    }

    private static long Decrypt(ReviewWorkspace workspace, Guid id, int partIndex, AttachmentManifestEntry expected, string temporary)
    {
        using var identities = workspace.Identities.Unlock();
        using var ciphertext = workspace.OpenAttachmentCiphertext(id, partIndex);
        using var plaintext = OpenPlaintext(ciphertext, identities, id, partIndex);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        long size = 0;
        using (var output = new FileStream(temporary, options))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = plaintext.Read(buffer)) > 0)
            {
                hash.AppendData(buffer.AsSpan(0, read));
                output.Write(buffer.AsSpan(0, read));
                size += read;
            }
        }
        if (size != expected.Size || Convert.ToHexStringLower(hash.GetHashAndReset()) != expected.Sha256Hex)
        {
            throw new ReviewException($"Attachment {partIndex} of testimony {id} no longer matches its SHA-256: the workspace was damaged. Nothing was written; restore the workspace from a backup.");
        }
        return size;
    }

    private static Stream OpenPlaintext(Stream ciphertext, UnlockedIdentities identities, Guid id, int partIndex)
    {
        try
        {
            return AgeDecryptor.Open(ciphertext, identities.All);
        }
        catch (NoIdentityMatchedException e)
        {
            throw new ReviewException(
                $"None of this workspace's identities opens attachment {partIndex} of testimony {id} (the identity that imported it was removed?). Nothing was written; add that identity again with `review identity add FILE`.", e);
        }
        catch (AgeFormatException e)
        {
            throw new ReviewException($"The stored attachment {partIndex} of testimony {id} is damaged ({e.Message}). Nothing was written; restore the workspace from a backup.", e);
        }
    }

    // The extension mat2 goes by: the source's file name's, else the one the reviewer chose; letters and digits only.
    private static string ExtensionOf(string originalName, string target)
    {
        foreach (var candidate in new[] { Path.GetExtension(originalName), Path.GetExtension(target) })
        {
            if (candidate.Length is > 1 and <= 12 && candidate[1..].All(char.IsAsciiLetterOrDigit))
            {
                return candidate.ToLowerInvariant();
            }
        }
        return string.Empty;
    }

    private static void MakePrivate(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    // The temporary copy still has its metadata: overwrite it before removing it.
    private static void Shred(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            var zeros = new byte[1 << 16];
            for (var left = file.Length; left > 0; left -= zeros.Length)
            {
                file.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
            }
            file.Flush(flushToDisk: true);
        }
        File.Delete(path);
    }
}
