using Intake.Questionnaires;
using System.Buffers;
using System.Text;
using System.Security.Cryptography;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;
using Intake.Server.Hosting;
using Intake.Server.Localization;
using Intake.Server.Questionnaire;
using Intake.Server.Recipients;
using Intake.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Intake.Server.Submissions;

/// <summary>
/// Receives the questionnaire form as a multipart stream and stores it as age ciphertext:
/// each file goes through the encryptor into chunk rows as it arrives (no buffering, no
/// temporary file), and the answers, with a manifest of the files, become part 0 last.
/// Until the final commit nothing is visible; on any failure every row is removed.
/// </summary>
public sealed class SubmissionReceiver(
    IOptions<IntakeOptions> options,
    QuestionnaireDefinition questionnaire,
    ReviewerKeys reviewerKeys,
    SubmissionStore store,
    DiskSpace disk,
    IAntiforgery antiforgery,
    TimeProvider clock)
{
    public const string TokenField = "__token";
    public const string TokenHeader = "X-Intake-Form-Token";
    private const int BufferSize = 64 * 1024;
    private const long DiskCheckInterval = 16L * 1024 * 1024;
    private const long MultipartOverhead = 1024 * 1024;

    // One thread per part: several uploads already share the cores.
    private static readonly AgeEncryptOptions PartEncryption = new() { MaxDegreeOfParallelism = 1, LeaveOpen = true };
    private readonly IntakeOptions _options = options.Value;

    public async Task<SubmissionOutcome> ReceiveAsync(HttpContext context, SiteText text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return await ReceiveCoreAsync(context, text, context.RequestAborted);
        }
        catch (SubmissionRefusedException e)
        {
            return Refuse(text, e.Status);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(text, StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or DecoderFallbackException)
        {
            return Refuse(text, StatusCodes.Status400BadRequest);
        }
    }

    private async Task<SubmissionOutcome> ReceiveCoreAsync(HttpContext context, SiteText text, CancellationToken cancellationToken)
    {
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = _options.MaxSubmissionBytes + MultipartOverhead;
        }
        if (disk.BelowFloor())
        {
            return Refuse(text, StatusCodes.Status507InsufficientStorage);
        }
        var recipients = reviewerKeys.Load();
        if (recipients.Count == 0)
        {
            return Refuse(text, StatusCodes.Status503ServiceUnavailable);
        }
        // The reader's own per-section limit sits just above ours, so that the count in
        // StoreFileAsync, across all files, is what refuses an upload (with a 413 page).
        var reader = new MultipartReader(Boundary(context.Request), context.Request.Body)
        {
            BodyLengthLimit = _options.MaxSubmissionBytes + BufferSize,
        };
        await CheckTokenAsync(context, await reader.ReadNextSectionAsync(cancellationToken), cancellationToken);

        var fields = new FormFields();
        var manifest = new List<AttachmentManifestEntry>();
        AnswerValidationResult? answers = null;
        SubmissionUpload? upload = null;

        // Validates the answers once, when the first file arrives or the form ends.
        SubmissionOutcome.Invalid? CheckAnswers()
        {
            answers ??= AnswerValidator.Validate(questionnaire, fields.Values, text);
            return answers.Errors.Count > 0 ? new SubmissionOutcome.Invalid(fields.Values, answers.Errors) : null;
        }

        try
        {
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
            {
                var disposition = section.GetContentDispositionHeader() ?? throw new InvalidDataException("section without disposition");
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (!disposition.IsFileDisposition())
                {
                    await fields.AddAsync(name, section, cancellationToken);
                    continue;
                }
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                if (string.IsNullOrEmpty(fileName))
                {
                    continue; // the file input left empty
                }
                // The browser sends the text fields before the files: check the answers
                // before accepting any file, so a missing consent costs no upload.
                if (CheckAnswers() is { } invalid)
                {
                    return invalid;
                }
                if (manifest.Count == _options.MaxFiles)
                {
                    return new SubmissionOutcome.Refused(StatusCodes.Status413PayloadTooLarge, string.Format(System.Globalization.CultureInfo.InvariantCulture, text.ErrorTooManyFiles, _options.MaxFiles));
                }
                upload ??= await BeginAsync(cancellationToken);
                manifest.Add(await StoreFileAsync(upload, manifest.Count + 1, section, fileName, manifest.Sum(m => m.Size), recipients, cancellationToken));
            }
            if (CheckAnswers() is { } invalidAnswers)
            {
                return invalidAnswers;
            }
            upload ??= await BeginAsync(cancellationToken);
            StoreAnswers(upload, text.Code, answers!, manifest, recipients);
            await upload.CommitAsync(cancellationToken);
            return new SubmissionOutcome.Stored();
        }
        finally
        {
            if (upload is not null)
            {
                await upload.DisposeAsync();
            }
        }
    }

    private async Task CheckTokenAsync(HttpContext context, MultipartSection? first, CancellationToken cancellationToken)
    {
        // The token is the form's first field. Handing it to antiforgery as a header keeps
        // it from reading (and buffering) the whole form to look for the field itself.
        var disposition = first?.GetContentDispositionHeader();
        if (first is null || disposition is null || disposition.IsFileDisposition()
            || HeaderUtilities.RemoveQuotes(disposition.Name).Value != TokenField)
        {
            throw new SubmissionRefusedException(StatusCodes.Status403Forbidden, "no form token");
        }
        context.Request.Headers[TokenHeader] = await FormFields.ReadAsync(first, 4096, cancellationToken);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            throw new SubmissionRefusedException(StatusCodes.Status403Forbidden, "bad form token");
        }
    }

    private Task<SubmissionUpload> BeginAsync(CancellationToken cancellationToken) =>
        store.BeginAsync(ReceivedDay.From(clock.GetUtcNow(), _options.ReceivedDayGranularity), cancellationToken);

    private async Task<AttachmentManifestEntry> StoreFileAsync(
        SubmissionUpload upload, int index, MultipartSection section, string fileName, long receivedBefore, IReadOnlyList<IRecipient> recipients, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long size = 0;
        var nextDiskCheck = DiskCheckInterval;
        try
        {
            using var part = upload.OpenPart(index);
            using var encrypting = AgeEncryptor.Create(part, recipients, PartEncryption);
            int read;
            while ((read = await section.Body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                size += read;
                if (receivedBefore + size > _options.MaxSubmissionBytes)
                {
                    throw new SubmissionRefusedException(StatusCodes.Status413PayloadTooLarge, "submission too large");
                }
                if (size > nextDiskCheck)
                {
                    nextDiskCheck += DiskCheckInterval;
                    if (disk.BelowFloor())
                    {
                        throw new SubmissionRefusedException(StatusCodes.Status507InsufficientStorage, "disk floor reached");
                    }
                }
                hash.AppendData(buffer, 0, read);
                encrypting.Write(buffer, 0, read);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer.AsSpan(0, BufferSize));
            ArrayPool<byte>.Shared.Return(buffer);
        }
        var type = section.ContentType ?? "application/octet-stream";
        return new AttachmentManifestEntry(fileName, type, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private void StoreAnswers(SubmissionUpload upload, string language, AnswerValidationResult answers, List<AttachmentManifestEntry> manifest, IReadOnlyList<IRecipient> recipients)
    {
        var document = AnswersDocument.Serialize(questionnaire, language, answers.Answers, manifest);
        try
        {
            using var part = upload.OpenPart(0);
            using var encrypting = AgeEncryptor.Create(part, recipients, PartEncryption);
            encrypting.Write(document);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(document);
        }
    }

    private static string Boundary(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException("not multipart/form-data");
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70)
        {
            throw new InvalidDataException("bad multipart boundary");
        }
        return boundary;
    }

    private SubmissionOutcome.Refused Refuse(SiteText text, int status) => new(status, status == StatusCodes.Status413PayloadTooLarge
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, text.ErrorTooLarge, ByteSize.Format(_options.MaxSubmissionBytes))
        : Pages.ErrorPage.MessageFor(text, status));
}
